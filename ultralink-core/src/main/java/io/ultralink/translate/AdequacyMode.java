package io.ultralink.translate;

import java.util.Locale;

/**
 * Which meaning checks a {@link VerifiedTranslator} runs on every chunk whose structure passed. Each
 * costs model calls: one back-translation, one judgement, or both, per chunk of at least the
 * language-check minimum of letters.
 */
public enum AdequacyMode {
    /** No meaning check (structure only). */
    OFF,
    /** Back-translation into the source language, scored with chrF against the source. */
    BACK_TRANSLATION,
    /** An LLM judge's adequacy and fluency verdict. */
    JUDGE,
    /** Both: the back-translation first, the judge only when it passed. */
    BOTH;

    /** Whether a back-translation is made. */
    public boolean backTranslates() {
        return this == BACK_TRANSLATION || this == BOTH;
    }

    /** Whether the judge is asked. */
    public boolean judges() {
        return this == JUDGE || this == BOTH;
    }

    /**
     * The mode named {@code off}, {@code backtranslation}, {@code judge} or {@code both} (any case, {@code -}
     * and {@code _} ignored).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AdequacyMode parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (n) {
            case "off", "none", "false" -> OFF;
            case "backtranslation" -> BACK_TRANSLATION;
            case "judge" -> JUDGE;
            case "both", "on", "true" -> BOTH;
            default -> throw new IllegalArgumentException("adequacy must be off, backtranslation, judge or both, was '"
                    + name + "'");
        };
    }
}
