package io.ultralink.language;

import io.ultralink.internal.Checks;

/**
 * How to recognise a language with Lingua.
 *
 * @param linguaLanguage the name of the Lingua {@code Language} constant ({@code CHINESE}, {@code GERMAN})
 * @param minConfidence the minimum confidence in [0, 1] for a text to count as this language; with the Lingua
 *     detector of {@code ultralink-text}, the share of the text's sampled windows detected as this language
 */
public record LanguageIdSettings(String linguaLanguage, double minConfidence) {

    /** Validates the fields. */
    public LanguageIdSettings {
        Checks.notBlank(linguaLanguage, "linguaLanguage");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
        }
    }
}
