package io.ultralink.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A language, as a lower-case ISO 639 code with optional BCP 47 subtags ({@code zh}, {@code pt-br}).
 * Used in file names and record ids, so it contains only letters, digits and hyphens.
 *
 * @param code the normalised (lower-case) code
 */
public record LanguageCode(String code) implements Comparable<LanguageCode> {

    private static final Pattern SHAPE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    /** English. */
    public static final LanguageCode EN = new LanguageCode("en");
    /** Chinese. */
    public static final LanguageCode ZH = new LanguageCode("zh");
    /** Russian. */
    public static final LanguageCode RU = new LanguageCode("ru");
    /** French. */
    public static final LanguageCode FR = new LanguageCode("fr");
    /** Spanish. */
    public static final LanguageCode ES = new LanguageCode("es");

    /** Validates and normalises the code to lower case. */
    public LanguageCode {
        Objects.requireNonNull(code, "code");
        code = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "language code must look like 'en' or 'pt-br' (ISO 639 letters, optional subtags), was '" + code + "'");
        }
    }

    /** Parses a code such as {@code "zh"} or {@code "ZH"}. */
    public static LanguageCode of(String code) {
        return new LanguageCode(code);
    }

    /** Whether this is English, the source language of the language-agnostic data. */
    public boolean isEnglish() {
        return code.equals("en") || code.startsWith("en-");
    }

    @Override
    public int compareTo(LanguageCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
