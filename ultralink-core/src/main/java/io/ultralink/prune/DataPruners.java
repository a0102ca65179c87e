package io.ultralink.prune;

import io.ultralink.error.ConfigurationException;
import io.ultralink.model.LanguageCode;
import io.ultralink.prune.internal.ReservoirPruner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Builds {@link DataPruner}s: seeded, single-pass reservoir sampling under per-language budgets.
 *
 * <pre>{@code
 * DataPruner pruner = DataPruners.builder()
 *         .languages(List.of(LanguageCode.ZH, LanguageCode.FR))
 *         .budget(PruningBudget.paperDefaults(languages))   // 32K maths, 16K code per language
 *         .strategy(OverlapStrategy.RANDOM)
 *         .seed(42)
 *         .build();
 * PruneSelection<Conversation> chosen = pruner.select(reader, Conversation::id, DataType.MATH);
 * }</pre>
 *
 * <p>Every item gets a random key computed from the seed and its stable id (and, for
 * {@link OverlapStrategy#RANDOM}, the language); each language keeps the items with the smallest
 * keys, so every subset of the budget's size is equally likely and the same seed and ids always give
 * the same selection, whatever the order of the stream. {@link OverlapStrategy#SHARED} uses one key
 * per item for all languages, so a smaller budget selects a subset of a larger one.
 * {@link OverlapStrategy#DISJOINT} draws the union of the budgets and deals it out at random, so no
 * item goes to two budgeted languages; a language without a budget (English, the source) keeps
 * every item and stands outside the partition.
 */
public final class DataPruners {

    private DataPruners() {
    }

    /** A builder; languages are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a pruner. */
    public static final class Builder {
        private final List<LanguageCode> languages = new ArrayList<>();
        private PruningBudget budget;
        private OverlapStrategy strategy = OverlapStrategy.RANDOM;
        private long seed;

        private Builder() {
        }

        /** The languages to select for (order is kept in the selection). */
        public Builder languages(Collection<LanguageCode> value) {
            languages.clear();
            languages.addAll(new LinkedHashSet<>(value));
            return this;
        }

        /** The budgets (default: {@link PruningBudget#paperDefaults} over the languages). */
        public Builder budget(PruningBudget value) {
            budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        /** How languages' selections relate (default {@link OverlapStrategy#RANDOM}). */
        public Builder strategy(OverlapStrategy value) {
            strategy = Objects.requireNonNull(value, "strategy");
            return this;
        }

        /** The run seed (default 0). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Validates and builds. */
        public DataPruner build() {
            if (languages.isEmpty()) {
                throw new ConfigurationException("DataPruners: languages must name at least one language");
            }
            PruningBudget b = budget != null ? budget : PruningBudget.paperDefaults(languages);
            return new ReservoirPruner(List.copyOf(languages), b, strategy, seed);
        }
    }
}
