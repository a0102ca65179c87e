package io.ultralink.text.wiki.internal;

/**
 * In-place edits of one cleaned line: removes empty brackets left by removed templates ({@code ()}, {@code （，）},
 * with any preceding whitespace char) and spaces before punctuation, then strips the line.
 */
final class LineEdits {

    private LineEdits() {
    }

    /**
     * Edits {@code a[from, to)} in place and returns the new end; {@code kinds} holds the {@link CharKinds} flags
     * of the line as the line pass found them.
     */
    static int tidy(char[] a, int from, int to, int kinds) {
        if (kinds == 0) {
            return to;
        }
        int end = to;
        boolean spaceBeforePunctuation = (kinds & CharKinds.PUNCTUATION_AFTER_SPACE) != 0;
        if ((kinds & CharKinds.OPEN_BRACKET) != 0 && hasEmptyBrackets(a, from, end)) {
            end = removeEmptyBrackets(a, from, end);
            spaceBeforePunctuation = hasSpaceBeforePunctuation(a, from, end);
        }
        if (spaceBeforePunctuation) {
            end = removeSpaceBeforePunctuation(a, from, end);
        }
        return strip(a, from, end);
    }

    /**
     * Whether the brackets are removed from this line: an ASCII {@code (} closed after only spaces and list
     * punctuation, or a full-width {@code （} on the line and an empty bracket pair anywhere in it.
     */
    private static boolean hasEmptyBrackets(char[] a, int from, int to) {
        boolean fullWidth = false;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c == '(') {
                int k = i + 1;
                while (k < to && isAsciiCheckFiller(a[k])) {
                    k++;
                }
                if (k < to && a[k] == ')') {
                    return true;
                }
            } else if (c == '（') {
                fullWidth = true;
            }
        }
        return fullWidth && findEmptyBrackets(a, from, to);
    }

    private static boolean isAsciiCheckFiller(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '、' || c == '，' || c == '；' || c == '：';
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
