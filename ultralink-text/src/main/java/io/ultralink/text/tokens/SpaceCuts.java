package io.ultralink.text.tokens;

/**
 * The cuts of a {@link CutAdditiveTokenCounter}: just before a space (U+0020) that follows a character that is
 * not whitespace to the pre-tokenizer. Characters that may be whitespace (Unicode White_Space), control characters
 * and high surrogates allow no cut after them; erring that way only makes chunks longer.
 */
final class SpaceCuts {

    private SpaceCuts() {
    }

    /** The end of the chunk of {@code text} that starts at {@code start}: the next cut, or {@code to}. */
    static int chunkEnd(char[] text, int start, int to) {
        char previous = text[start];
        int end = start + 1;
        while (end < to) {
            char c = text[end];
            if (c == ' ' && !mayBeSpace(previous)) {
                break;
            }
            previous = c;
            end++;
        }
        return end;
    }

    /** Whether {@code c} may be whitespace to the pre-tokenizer, or is a control character or a high surrogate. */
    static boolean mayBeSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        return c >= 0x85 && (c == 0x85 || c == 0xa0 || Character.isHighSurrogate(c)
                || c >= 0x1680 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }
}
