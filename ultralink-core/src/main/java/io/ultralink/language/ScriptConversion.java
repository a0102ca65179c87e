package io.ultralink.language;

/** A script normalisation applied to a language's text before it is used. */
public enum ScriptConversion {
    /** Leave the text as it is. */
    NONE,
    /** Traditional Chinese to Simplified Chinese (OpenCC {@code t2s}). */
    T2S
}
