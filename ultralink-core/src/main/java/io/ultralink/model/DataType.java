package io.ultralink.model;

import java.util.Locale;

/** The four kinds of UltraLink data; each has its own output file per language. */
public enum DataType {
    /** Knowledge-grounded dialogues from a language's own Wikipedia. */
    CHAT_SPECIFIC,
    /** General chat translated from English (ShareGPT). */
    CHAT_AGNOSTIC,
    /** Maths reasoning translated from English (MetaMathQA). */
    MATH,
    /** Code generation translated from English (Magicoder, HumanEval). */
    CODE;

    /** The token used in file names and ids: {@code chat_specific}, {@code math}, ... */
    public String fileToken() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a file token or enum name ({@code "chat_specific"}, {@code "MATH"}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DataType parse(String token) {
        String t = token.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DataType type : values()) {
            if (type.name().equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown data type '" + token
                + "', expected one of chat_specific, chat_agnostic, math, code");
    }
}
