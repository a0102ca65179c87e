package io.ultralink.text.tokens;

/**
 * The pieces of the {@code cl100k_base} pre-tokenizer within one chunk (see {@link SpaceCuts}), found by the
 * pattern's alternatives in its order: a contraction ({@code 's 't 're 've 'm 'll 'd}, any case); letters with at
 * most one leading non-letter, non-digit character ({@code [^\r\n\p{L}\p{N}]?+\p{L}+}); up to three digits; a
 * run of other characters with an optional leading space and trailing line breaks; a lone space; a run of line
 * breaks. Whitespace other than one leading space or trailing line breaks, surrogates, controls, an apostrophe
 * before a long s and pieces over {@value #MAX_PIECE} characters are not decided here.
 */
final class Cl100kPieces {

    /** Longest piece decided here. */
    static final int MAX_PIECE = 64;

    /** U+017F, which case-insensitive matching folds to {@code s}. */
    private static final char LONG_S = '\u017f';

    private Cl100kPieces() {
    }

    /** The end of the piece of chunk {@code text[start, end)} that begins at {@code p}, or -1 if not decided here. */
    static int pieceEnd(char[] text, int p, int start, int end) {
        char c = text[p];
        int q;
        if (isLetter(c)) {
            q = letters(text, p + 1, end);
        } else if (isNumeric(c)) {
            q = digits(text, p, end);
        } else if (c == '\r' || c == '\n') {
            q = lineBreaks(text, p, end);
        } else if (c == '\'' && (q = contraction(text, p, end)) != p) {
            return q;
        } else if (c == ' ' && p == start || isOther(c)) {
            char next = p + 1 < end ? text[p + 1] : '\n';
            if (p + 1 < end && isLetter(next)) {
                q = letters(text, p + 2, end);
            } else if (c != ' ' || p + 1 < end && isOther(next)) {
                q = others(text, p + 1, end, false);
            } else if (p + 1 == end || isNumeric(next)) {
                q = p + 1;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        return q - p > MAX_PIECE ? -1 : q;
    }

    /**
     * The end of the contraction that starts with the apostrophe at {@code p}; {@code p} if there is none; -1
     * before a long s, the one non-ASCII letter that case-folds onto a contraction letter (left to jtokkit).
     */
    static int contraction(char[] text, int p, int end) {
        if (p + 1 == end) {
            return p;
        }
        char first = text[p + 1];
        if (first >= 128) {
            return first == LONG_S ? -1 : p;
        }
        switch (first | 0x20) {
            case 's', 't', 'm', 'd' -> {
                return p + 2;
            }
            case 'r', 'v', 'l' -> {
                if (p + 2 == end) {
                    return p;
                }
                char second = text[p + 2];
                char expected = (first | 0x20) == 'l' ? 'l' : 'e';
                return (second | 0x20) == expected ? p + 3 : p;
            }
            default -> {
                return p;
            }
        }
    }

    private static int letters(char[] text, int from, int end) {
        int q = from;
        while (q < end && isLetter(text[q])) {
            q++;
        }
        return q;
    }

    /** Past at most three numeric characters from {@code p}, the first of which is one ({@code \p{N}{1,3}}). */
    static int digits(char[] text, int p, int end) {
        int q = p + 1;
        while (q < end && q < p + 3 && isNumeric(text[q])) {
            q++;
        }
        return q;
    }

    /** Past the run of line breaks from {@code p}, the first of which is one. */
    static int lineBreaks(char[] text, int p, int end) {
        int q = p + 1;
        while (q < end && (text[q] == '\r' || text[q] == '\n')) {
            q++;
        }
        return q;
    }

    /**
     * Past a run of {@link #isOther} characters from {@code from}, then past line breaks, and slashes too if
     * {@code slashes} ({@code o200k_base}'s tail).
     */
    static int others(char[] text, int from, int end, boolean slashes) {
        int q = from;
        while (q < end && isOther(text[q])) {
            q++;
        }
        while (q < end && (text[q] == '\r' || text[q] == '\n' || slashes && text[q] == '/')) {
            q++;
        }
        return q;
    }

    /** Neither letter, number, whitespace (nor control) nor surrogate: {@code [^\s\p{L}\p{N}]} in this chunk. */
    static boolean isOther(char c) {
        return !isLetter(c) && !isNumeric(c) && !SpaceCuts.mayBeSpace(c) && !Character.isSurrogate(c);
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    static boolean isNumeric(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
