package io.ultralink.prune;

import io.ultralink.model.LanguageCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The items a {@link DataPruner} kept for each language.
 *
 * @param <T> the item type
 * @param selected language → kept items, in source order
 * @param seen how many items the stream held
 * @param <T> item type
 */
public record PruneSelection<T>(Map<LanguageCode, List<T>> selected, long seen) {

    /** Deep-copies. */
    public PruneSelection {
        Objects.requireNonNull(selected, "selected");
        Map<LanguageCode, List<T>> copy = new java.util.LinkedHashMap<>();
        selected.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        selected = java.util.Collections.unmodifiableMap(copy);
    }

    /** The items kept for {@code language} (empty if none). */
    public List<T> selected(LanguageCode language) {
        return selected.getOrDefault(language, List.of());
    }
}
