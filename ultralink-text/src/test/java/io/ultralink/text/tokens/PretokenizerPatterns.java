package io.ultralink.text.tokens;

import java.util.regex.Pattern;

/**
 * The published {@code cl100k_base} and {@code o200k_base} pre-tokenizer patterns, compiled as jtokkit compiles them
 * ({@link Pattern#UNICODE_CHARACTER_CLASS}): the references that tests of piece rules and piece bounds compare with.
 */
public final class PretokenizerPatterns {

    /** {@code cl100k_base}. */
    public static final Pattern CL100K = Pattern.compile("(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+"
            + "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final String O200K_SUFFIX = "(?i:'s|'t|'re|'ve|'m|'ll|'d)?";
    /** {@code o200k_base}. */
    public static final Pattern O200K = Pattern.compile(String.join("|",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+" + O200K_SUFFIX,
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*" + O200K_SUFFIX,
            "\\p{N}{1,3}", " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*", "\\s*[\\r\\n]+", "\\s+(?!\\S)", "\\s+"),
            Pattern.UNICODE_CHARACTER_CLASS);

    private PretokenizerPatterns() {
    }
}
