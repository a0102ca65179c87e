package io.ultralink.text.wiki.internal;

/**
 * What the line pass needs to know of a char, as bit flags: a space it collapses (space, tab, no-break, thin and
 * zero-width space), punctuation that no space may precede, brackets, and the fillers allowed inside an empty
 * bracket pair. Zero for everything else, which is almost every char.
 */
final class CharKinds {

    /** Collapsed to one space. Never combined with another flag. */
    static final int SPACE = 1;
    /** {@code , . ; : ! ?}, their full-width forms and {@code 。}: no space may precede them. */
    static final int PUNCTUATION = 2;
    /** {@code , ; : 、 ， ； ：}: may stand, with spaces, between the brackets of an empty pair. */
    static final int FILLER = 4;
    /** {@code (}. */
    static final int OPEN = 8;
    /** {@code )}. */
    static final int CLOSE = 16;
    /** Full-width {@code （}. */
    static final int FULL_WIDTH_OPEN = 32;

    /** The kinds of the chars below 64; the chars from 64 to 127 have none. */
    private static final byte[] ASCII = new byte[64];
    private static final byte[] FULL_WIDTH = new byte['\uFF1F' - '\uFF01' + 1];

    static {
        ASCII[' '] = SPACE;
        ASCII['\t'] = SPACE;
        ASCII['('] = OPEN;
        ASCII[')'] = CLOSE;
        for (char c : ".!?".toCharArray()) {
            ASCII[c] = PUNCTUATION;
        }
        for (char c : ",;:".toCharArray()) {
            ASCII[c] = PUNCTUATION | FILLER;
        }
        FULL_WIDTH['（' - '\uFF01'] = FULL_WIDTH_OPEN;
        for (char c : "！？".toCharArray()) {
            FULL_WIDTH[c - '\uFF01'] = PUNCTUATION;
        }
        for (char c : "，；：".toCharArray()) {
            FULL_WIDTH[c - '\uFF01'] = PUNCTUATION | FILLER;
        }
    }

    private CharKinds() {
    }

    static int of(char c) {
        return c < 64 ? ASCII[c] : c < 128 ? 0 : wide(c);
    }

    private static int wide(char c) {
        if (c < '\u2009') {
            return c == '\u00A0' ? SPACE : 0;
        }
        if (c == '\u2009' || c == '\u200B') {
            return SPACE;
        }
        if (c == '。') {
            return PUNCTUATION;
        }
        if (c == '、') {
            return FILLER;
        }
        return c >= '\uFF01' && c <= '\uFF1F' ? FULL_WIDTH[c - '\uFF01'] : 0;
    }

    /**
     * Same as {@link Character#isWhitespace(char)}, with a short path for the common chars: the JIT inlines this
     * one comparison instead of the lookup through the Unicode tables.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        return c >= '\u1680' && isWideWhitespace(c);
    }

    private static boolean isWideWhitespace(char c) {
        return c == '\u1680' || c >= '\u2000' && c <= '\u200A' && c != '\u2007' || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }

    /** The index of the first char of {@code a[from, to)} that is not whitespace, or {@code to}. */
    static int skipWhitespace(char[] a, int from, int to) {
        int k = from;
        while (k < to && isWhitespace(a[k])) {
            k++;
        }
        return k;
    }

    /** The index after the last char of {@code a[from, to)} that is not whitespace, or {@code from}. */
    static int skipWhitespaceBackward(char[] a, int from, int to) {
        int k = to;
        while (k > from && isWhitespace(a[k - 1])) {
            k--;
        }
        return k;
    }

    /** Whether {@code c} is punctuation that no space may precede. */
    static boolean isPunctuation(char c) {
        return (of(c) & PUNCTUATION) != 0;
    }
}
