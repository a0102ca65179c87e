package io.ultralink.text.wiki.internal;

/**
 * What the line pass needs to know of a char, as bit flags: a space it collapses (space, tab, no-break, thin and
 * zero-width space), an opening bracket, or punctuation that no space may precede. Zero for everything else.
 */
final class CharKinds {

    /** Collapsed to one space. Never combined with another flag. */
    static final int SPACE = 1;
    /** {@code (} or full-width {@code （}. */
    static final int OPEN_BRACKET = 2;
    /** {@code , . ; : ! ?} and their full-width forms, and {@code 。}; set by the line pass only after a space. */
    static final int PUNCTUATION_AFTER_SPACE = 4;

    private static final byte[] ASCII = new byte[128];
    private static final byte[] FULL_WIDTH = new byte['\uFF1F' - '\uFF01' + 1];

    static {
        ASCII[' '] = SPACE;
        ASCII['\t'] = SPACE;
        ASCII['('] = OPEN_BRACKET;
        for (char c : ",.;:!?".toCharArray()) {
            ASCII[c] = PUNCTUATION_AFTER_SPACE;
        }
        FULL_WIDTH['（' - '\uFF01'] = OPEN_BRACKET;
        for (char c : "，；：！？".toCharArray()) {
            FULL_WIDTH[c - '\uFF01'] = PUNCTUATION_AFTER_SPACE;
        }
    }

    private CharKinds() {
    }

    static int of(char c) {
        return c < 128 ? ASCII[c] : wide(c);
    }

    private static int wide(char c) {
        if (c < '\u2009') {
            return c == '\u00A0' ? SPACE : 0;
        }
        if (c == '\u2009' || c == '\u200B') {
            return SPACE;
        }
        if (c == '。') {
            return PUNCTUATION_AFTER_SPACE;
        }
        return c >= '\uFF01' && c <= '\uFF1F' ? FULL_WIDTH[c - '\uFF01'] : 0;
    }

    /** Whether {@code c} is punctuation that no space may precede. */
    static boolean isPunctuation(char c) {
        return of(c) == PUNCTUATION_AFTER_SPACE;
    }
}
