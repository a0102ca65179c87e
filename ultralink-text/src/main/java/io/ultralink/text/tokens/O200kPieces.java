package io.ultralink.text.tokens;

/**
 * The pieces of the {@code o200k_base} pre-tokenizer within one chunk (see {@link SpaceCuts}), found by the
 * pattern's alternatives in its order. A word is split where case drops back to upper: with U the upper-case,
 * title-case, modifier and other letters and the marks, and W the lower-case, modifier and other letters and the
 * marks, a piece is at most one leading non-letter, non-digit character, then {@code U*W+} (tried first, giving
 * back U characters that are also W) or else {@code U+W*}, then an optional contraction
 * ({@code 's 't 're 've 'm 'll 'd}, any case). Then up to three digits; a run of other characters with an optional
 * leading space and trailing line breaks or slashes; a lone space; a run of line breaks. Whitespace other than one
 * leading space or trailing line breaks, surrogates, controls, an apostrophe before a long s and pieces over
 * {@value Cl100kPieces#MAX_PIECE} characters are not decided here.
 */
final class O200kPieces {

    private static final int NO_MATCH = -2;

    private O200kPieces() {
    }

    /** The end of the piece of chunk {@code text[start, end)} that begins at {@code p}, or -1 if not decided here. */
    static int pieceEnd(char[] text, int p, int start, int end) {
        char c = text[p];
        int q;
        if (Cl100kPieces.isLetter(c)) {
            q = word(text, p, end);
        } else if (Cl100kPieces.isNumeric(c)) {
            q = Cl100kPieces.digits(text, p, end);
        } else if (c == '\r' || c == '\n') {
            q = Cl100kPieces.lineBreaks(text, p, end);
        } else if (c == ' ' && p == start || Cl100kPieces.isOther(c)) {
            char next = p + 1 < end ? text[p + 1] : '\n';
            if (isMark(c)) {
                q = p + 1 < end && isLetterOrMark(next) ? lowerEnding(text, p + 1, end) : NO_MATCH;
                q = q != NO_MATCH ? q : lowerEnding(text, p, end);
            } else if (p + 1 < end && isLetterOrMark(next)) {
                q = word(text, p + 1, end);
            } else if (c != ' ' || p + 1 < end && Cl100kPieces.isOther(next)) {
                q = Cl100kPieces.others(text, p + 1, end, true);
            } else if (p + 1 == end || Cl100kPieces.isNumeric(next)) {
                q = p + 1;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        return q < 0 || q - p > Cl100kPieces.MAX_PIECE ? -1 : q;
    }

    /**
     * The end of the word from {@code s}, whose first character is a letter or a mark: the first alternative,
     * {@code U*W+}, if it matches, else the second, {@code U+W*}; then the contraction (-1 where that is left to
     * jtokkit).
     */
    private static int word(char[] text, int s, int end) {
        int e = lowerEnding(text, s, end);
        return e != NO_MATCH ? e : suffix(text, lowerRun(text, upperRun(text, s, end), end), end);
    }

    /**
     * {@code U*W+} from {@code s}, giving back U characters that are also W until a W can follow, then the
     * contraction; {@link #NO_MATCH} if no W can.
     */
    private static int lowerEnding(char[] text, int s, int end) {
        int u = upperRun(text, s, end);
        for (int k = u; k >= s; k--) {
            if (k < end && isLowerClass(text[k])) {
                return suffix(text, lowerRun(text, k + 1, end), end);
            }
        }
        return NO_MATCH;
    }

    private static int upperRun(char[] text, int from, int end) {
        int q = from;
        while (q < end && isUpperClass(text[q])) {
            q++;
        }
        return q;
    }

    private static int lowerRun(char[] text, int from, int end) {
        int q = from;
        while (q < end && isLowerClass(text[q])) {
            q++;
        }
        return q;
    }

    private static int suffix(char[] text, int e, int end) {
        return e < end && text[e] == '\'' ? Cl100kPieces.contraction(text, e, end) : e;
    }

    private static boolean isLetterOrMark(char c) {
        return Cl100kPieces.isLetter(c) || isMark(c);
    }

    private static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@code [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]}. */
    private static boolean isUpperClass(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return type != Character.LOWERCASE_LETTER && isLetterOrMark(c);
    }

    /** {@code [\p{Ll}\p{Lm}\p{Lo}\p{M}]}. */
    private static boolean isLowerClass(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z';
        }
        int type = Character.getType(c);
        return type != Character.UPPERCASE_LETTER && type != Character.TITLECASE_LETTER && isLetterOrMark(c);
    }
}
