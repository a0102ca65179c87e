package io.ultralink.language;

/**
 * Tells which language a text is in. Implemented in {@code ultralink-text} with Lingua, restricted
 * to the languages of the loaded packs; core stages (quality gates, translation checks) depend only
 * on this interface. Implementations are thread-safe and decide on a bounded sample of the text.
 */
public interface LanguageDetector {

    /** The most likely language of {@code text} and the confidence of that choice. */
    LanguageDetection detect(String text);

    /**
     * Whether {@code text} is in {@code pack}'s language with at least the pack's minimum confidence.
     */
    default boolean isLanguage(String text, LanguagePack pack) {
        return detect(text).accepts(pack);
    }
}
