package io.ultralink.translate.internal;

import java.util.List;

/**
 * A part of a message: text copied as it is, or natural language to translate. Not API.
 *
 * @param text the text
 * @param translatable whether it goes to the model
 * @param continuation prefix put before every line of the translation after the first (the
 *     indentation, or {@code "# "} of a comment block); empty for prose
 */
public record Piece(String text, boolean translatable, String continuation) {

    /** Text copied unchanged. */
    public static Piece fixed(String text) {
        return new Piece(text, false, "");
    }

    /** Natural language to translate. */
    public static Piece prose(String text, String continuation) {
        return new Piece(text, true, continuation);
    }

    /** {@code translated} laid out as this piece: continuation prefix on every following line. */
    public String layout(String translated) {
        if (continuation.isEmpty()) {
            return translated;
        }
        return String.join("\n" + continuation, translated.strip().split("\n", -1));
    }

    /** The pieces laid out untranslated: the original text. */
    public static String join(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.translatable() ? p.layout(p.text()) : p.text()));
        return sb.toString();
    }
}
