package io.ultralink.prune;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How many examples of each data type each language keeps. A (language, type) pair without an
 * entry is unlimited: everything is kept.
 *
 * @param limits language → type → maximum number of examples ({@code >= 0})
 */
public record PruningBudget(Map<LanguageCode, Map<DataType, Integer>> limits) {

    /** The paper's maths budget per non-English language (Fig. 11). */
    public static final int PAPER_MATH = 32_000;
    /** The paper's code budget per non-English language (Fig. 12). */
    public static final int PAPER_CODE = 16_000;

    /** Validates and deep-copies. */
    public PruningBudget {
        Objects.requireNonNull(limits, "limits");
        Map<LanguageCode, Map<DataType, Integer>> copy = new LinkedHashMap<>();
        limits.forEach((lang, byType) -> {
            Objects.requireNonNull(lang, "language");
            byType.forEach((type, n) -> {
                if (n == null || n < 0) {
                    throw new IllegalArgumentException("budget for " + lang + "/" + type.fileToken()
                            + " must be >= 0, was " + n);
                }
            });
            copy.put(lang, Map.copyOf(byType));
        });
        limits = Map.copyOf(copy);
    }

    /** The paper's budgets: 32K maths and 16K code for each non-English language; English unlimited. */
    public static PruningBudget paperDefaults(Collection<LanguageCode> languages) {
        Map<LanguageCode, Map<DataType, Integer>> limits = new LinkedHashMap<>();
        for (LanguageCode lang : languages) {
            if (!lang.isEnglish()) {
                Map<DataType, Integer> byType = new EnumMap<>(DataType.class);
                byType.put(DataType.MATH, PAPER_MATH);
                byType.put(DataType.CODE, PAPER_CODE);
                limits.put(lang, byType);
            }
        }
        return new PruningBudget(limits);
    }

    /** The limit for {@code language} and {@code type}; empty means unlimited. */
    public OptionalInt limit(LanguageCode language, DataType type) {
        Map<DataType, Integer> byType = limits.get(language);
        if (byType == null || !byType.containsKey(type)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(byType.get(type));
    }
}
