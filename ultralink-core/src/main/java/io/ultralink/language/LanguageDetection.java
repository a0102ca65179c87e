package io.ultralink.language;

import io.ultralink.model.LanguageCode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of language identification.
 *
 * @param language the most likely language, empty when none could be decided
 * @param confidence the confidence in [0, 1] of that language
 */
public record LanguageDetection(Optional<LanguageCode> language, double confidence) {

    /** No decision. */
    public static final LanguageDetection UNKNOWN = new LanguageDetection(Optional.empty(), 0);

    /** Validates the confidence range. */
    public LanguageDetection {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }

    /** A decided language. */
    public static LanguageDetection of(LanguageCode language, double confidence) {
        return new LanguageDetection(Optional.of(language), confidence);
    }

    /** A reason a person reads: {@code "detected pt (confidence 1.00), expected en"}. */
    public String describe(LanguageCode expected) {
        return "detected " + this + ", expected " + Objects.requireNonNull(expected, "expected");
    }

    /** The decision as a person reads it: {@code "pt (confidence 1.00)"}, or {@code "no language"}. */
    @Override
    public String toString() {
        return language.map(code -> String.format(Locale.ROOT, "%s (confidence %.2f)", code, confidence))
                .orElse("no language");
    }

    /** Whether this decides on {@code pack}'s language with at least the pack's minimum confidence. */
    public boolean accepts(LanguagePack pack) {
        return language.filter(pack.code()::equals).isPresent() && confidence >= pack.languageId().minConfidence();
    }
}
