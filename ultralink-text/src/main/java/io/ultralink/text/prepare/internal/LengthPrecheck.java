package io.ultralink.text.prepare.internal;

import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;

/**
 * A free, exact too-long test run before language detection, so that detection is not spent on pages that cannot
 * be kept. It counts a lower bound on the pieces that the {@code cl100k_base} and {@code o200k_base}
 * pre-tokenizers cut the text into; byte-pair encoding never joins two pieces, so a text with more such pieces
 * than the maximum has more tokens than the maximum.
 *
 * <p>The bound, over the text with combining marks, apostrophes and surrogates left out (each pattern treats
 * them differently, so they join what is around them here):
 * <ul>
 *   <li>each run of letters counts one;</li>
 *   <li>each run of digits (any number character) counts one per three digits, as both patterns cut at most
 *       three digits into a piece;</li>
 *   <li>each run of other visible characters counts one, unless it is one character followed by a letter (it
 *       may open the letter's piece), or a {@code '/'} right after a line break ({@code o200k_base} may hang it
 *       on the piece before);</li>
 *   <li>each run of white space holding a line break counts one, unless it follows other characters (whose piece
 *       may take the line break).</li>
 * </ul>
 * Cutting a text only adds to this count, and script normalisation keeps letters, digits and punctuation what
 * they are, so the bound also holds for the segmenter's count, a sum over the sentences of the normalised text.
 * Other encodings cut differently (older ones keep whole digit runs together), so {@link #appliesTo} limits the
 * test to these two. A page both in the wrong language and that long is reported as too long.
 */
public final class LengthPrecheck {

    private static final int BLOCK = 4096;
    private static final byte SPACE = 0;
    private static final byte LETTER = 1;
    private static final byte NUMBER = 2;
    private static final byte OTHER = 3;
    private static final byte NEUTRAL = 4;
    private static final byte START = 5;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = kindOf(c);
        }
    }

    private LengthPrecheck() {
    }

    /** Whether the bound holds for {@code counter}: jtokkit's {@code cl100k_base} or {@code o200k_base}. */
    public static boolean appliesTo(TokenCounter counter) {
        return counter instanceof JtokkitTokenCounter j
                && (j.encodingName().equals("cl100k_base") || j.encodingName().equals("o200k_base"));
    }

    /**
     * Whether {@code text} has more than {@code maxTokens} pre-tokenizer pieces by the bound above (never when it
     * has no more characters than that).
     */
    static boolean surelyTooLong(String text, int maxTokens) {
        int n = text.length();
        if (n <= maxTokens) {
            return false;
        }
        char[] block = new char[Math.min(n, BLOCK)];
        int pieces = 0;
        int previous = START;
        int runLength = 0;
        boolean slashAfterBreak = false;
        boolean spaceAfterOther = false;
        boolean spaceHasBreak = false;
        char last = 0;
        for (int base = 0; base < n; base += BLOCK) {
            int length = Math.min(BLOCK, n - base);
            text.getChars(base, base + length, block, 0);
            for (int i = 0; i < length; i++) {
                char c = block[i];
                int kind = c < 128 ? ASCII_KIND[c] : kindOf(c);
                if (kind == NEUTRAL) {
                    continue;
                }
                boolean lineBreak = c == '\n' || c == '\r';
                if (kind == previous) {
                    if (kind == NUMBER) {
                        pieces += ++runLength % 3 == 1 ? 1 : 0;
                    } else if (kind == OTHER) {
                        runLength++;
                    } else if (kind == SPACE && lineBreak && !spaceHasBreak) {
                        spaceHasBreak = true;
                        pieces += spaceAfterOther ? 0 : 1;
                    }
                } else {
                    if (previous == OTHER && (runLength > 1 || kind != LETTER) && !slashAfterBreak) {
                        pieces++;
                    }
                    runLength = 1;
                    if (kind == LETTER || kind == NUMBER) {
                        pieces++;
                    } else if (kind == OTHER) {
                        slashAfterBreak = c == '/' && (last == '\n' || last == '\r');
                    } else {
                        spaceAfterOther = previous == OTHER;
                        spaceHasBreak = lineBreak;
                        pieces += lineBreak && !spaceAfterOther ? 1 : 0;
                    }
                }
                if (pieces > maxTokens) {
                    return true;
                }
                previous = kind;
                last = c;
            }
        }
        return previous == OTHER && !slashAfterBreak && pieces + 1 > maxTokens;
    }

    private static byte kindOf(char c) {
        if (c == '\'') {
            return NEUTRAL;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> LETTER;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> NUMBER;
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.SURROGATE -> NEUTRAL;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> SPACE;
            default -> c >= '\t' && c <= '\r' || c == '\u0085' ? SPACE : OTHER;
        };
    }
}
