package io.ultralink.language;

/**
 * Applies a pack's {@link ScriptConversion} to text (Traditional→Simplified Chinese for {@code t2s}).
 * Implemented in {@code ultralink-text} with OpenCC4j. Thread-safe.
 */
public interface ScriptNormaliser {

    /** {@code text} converted as {@code conversion} says; unchanged for {@link ScriptConversion#NONE}. */
    String normalise(String text, ScriptConversion conversion);

    /** A normaliser that leaves every text unchanged. */
    static ScriptNormaliser identity() {
        return (text, conversion) -> text;
    }
}
