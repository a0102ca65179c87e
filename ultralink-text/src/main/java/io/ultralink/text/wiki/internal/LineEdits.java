package io.ultralink.text.wiki.internal;

/**
 * In-place edits of one cleaned line: removes empty brackets left by removed templates ({@code ()}, {@code （，）},
 * with any preceding whitespace char) and spaces before punctuation, then strips the line.
 */
final class LineEdits {

    /** A space before punctuation. */
    static final int SPACE_BEFORE_PUNCTUATION = 1;
    /** An ASCII {@code (} closed by {@code )} after only spaces and fillers. */
    static final int EMPTY_BRACKETS = 2;
    /** A full-width {@code （}: any empty bracket pair on the line is then removed. */
    static final int FULL_WIDTH_BRACKET = 4;

    private LineEdits() {
    }

    /**
     * The finding flags of a char of {@link CharKinds} {@code kind} (not a space) that follows a space or not, and
     * an open ASCII bracket with only spaces and fillers since, or not.
     */
    static int findings(int kind, boolean afterSpace, boolean afterOpen) {
        int findings = afterSpace && (kind & CharKinds.PUNCTUATION) != 0 ? SPACE_BEFORE_PUNCTUATION : 0;
        if (afterOpen && (kind & CharKinds.CLOSE) != 0) {
            findings |= EMPTY_BRACKETS;
        }
        return (kind & CharKinds.FULL_WIDTH_OPEN) != 0 ? findings | FULL_WIDTH_BRACKET : findings;
    }

    /**
     * Edits {@code a[from, to)} in place and returns the new end; {@code findings} says what the line pass found
     * in the line while copying it (see {@link #findings}).
     */
    static int tidy(char[] a, int from, int to, int findings) {
        if (findings == 0) {
            return to;
        }
        int end = to;
        boolean spaceBeforePunctuation = (findings & SPACE_BEFORE_PUNCTUATION) != 0;
        if ((findings & EMPTY_BRACKETS) != 0
                || (findings & FULL_WIDTH_BRACKET) != 0 && findEmptyBrackets(a, from, end)) {
            end = removeEmptyBrackets(a, from, end);
            spaceBeforePunctuation = hasSpaceBeforePunctuation(a, from, end);
        }
        if (spaceBeforePunctuation) {
            end = removeSpaceBeforePunctuation(a, from, end);
        }
        return strip(a, from, end);
    }

    private static boolean findEmptyBrackets(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (emptyBracketsEnd(a, i, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of an empty bracket pair opening at {@code i}, or -1. */
    private static int emptyBracketsEnd(char[] a, int i, int to) {
        char c = a[i];
        if (c != '(' && c != '（') {
            return -1;
        }
        int k = i + 1;
        while (k < to && isFiller(a[k])) {
            k++;
        }
        return k < to && (a[k] == ')' || a[k] == '）') ? k + 1 : -1;
    }

    private static boolean isFiller(char c) {
        return isRegexSpace(c) || c == ',' || c == ';' || c == '，' || c == '；' || c == '、' || c == ':' || c == '：';
    }

    /** The {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Removes every empty bracket pair and the one whitespace char before it, left to right. */
    private static int removeEmptyBrackets(char[] a, int from, int to) {
        int w = from;
        int r = from;
        int matchEnd = from;
        while (r < to) {
            int end = emptyBracketsEnd(a, r, to);
            if (end < 0) {
                a[w++] = a[r++];
                continue;
            }
            if (r - 1 >= matchEnd && isRegexSpace(a[r - 1])) {
                w--;
            }
            r = end;
            matchEnd = end;
        }
        return w;
    }

    private static boolean hasSpaceBeforePunctuation(char[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (a[i - 1] == ' ' && CharKinds.isPunctuation(a[i])) {
                return true;
            }
        }
        return false;
    }

    /** Removes every run of spaces followed by punctuation. */
    private static int removeSpaceBeforePunctuation(char[] a, int from, int to) {
        int w = from;
        int r = from;
        while (r < to) {
            if (a[r] != ' ') {
                a[w++] = a[r++];
                continue;
            }
            int q = r;
            while (q < to && a[q] == ' ') {
                q++;
            }
            if (q < to && CharKinds.isPunctuation(a[q])) {
                r = q;
            } else {
                while (r < q) {
                    a[w++] = a[r++];
                }
            }
        }
        return w;
    }

    /** Strips whitespace at both ends of {@code a[from, to)}, moving the text to {@code from}; returns the end. */
    private static int strip(char[] a, int from, int to) {
        int s = CharKinds.skipWhitespace(a, from, to);
        int e = CharKinds.skipWhitespaceBackward(a, s, to);
        if (s > from) {
            System.arraycopy(a, s, a, from, e - s);
        }
        return from + (e - s);
    }
}
