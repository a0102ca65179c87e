package io.ultralink.text.prepare.internal;

/**
 * A free, exact too-long test run before language detection, so that detection is not spent on pages that cannot
 * be kept: a text with more maximal runs of letters or of digits than the maximum has more tokens than the maximum.
 * A GPT-style pre-tokenizer puts every such run in a piece of its own and a byte-pair encoder never joins two
 * pieces into one token; the segmenter's count is a sum over sentences of the script-normalised text, whose
 * letters and digits stay letters and digits, and cutting a run only adds pieces, so the bound holds for it too.
 * A page both in the wrong language and that long is therefore reported as too long.
 */
final class LengthPrecheck {

    /** Characters copied out of the string at a time, so the scan reads a char array whatever the string's coder. */
    private static final int BLOCK = 4096;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = (byte) kindOf(c);
        }
    }

    private LengthPrecheck() {
    }

    /**
     * Whether {@code text} has more than {@code maxTokens} maximal runs of letters or of digits (never when it has
     * no more characters than that).
     */
    static boolean surelyTooLong(String text, int maxTokens) {
        int n = text.length();
        if (n <= maxTokens) {
            return false;
        }
        char[] block = new char[Math.min(n, BLOCK)];
        int runs = 0;
        int previous = 0;
        for (int base = 0; base < n; base += BLOCK) {
            int length = Math.min(BLOCK, n - base);
            text.getChars(base, base + length, block, 0);
            for (int i = 0; i < length; i++) {
                char c = block[i];
                int kind = c < 128 ? ASCII_KIND[c] : kindOf(c);
                if (kind != 0 && kind != previous && ++runs > maxTokens) {
                    return true;
                }
                previous = kind;
            }
        }
        return false;
    }

    private static int kindOf(char c) {
        return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
    }
}
