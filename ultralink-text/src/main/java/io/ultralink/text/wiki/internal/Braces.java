package io.ultralink.text.wiki.internal;

/** Finds the ends of nested wikitext constructs (templates, tables, links, variant markup) in a char array. */
final class Braces {

    private Braces() {
    }

    /**
     * Skips the template or table starting at {@code i} ({@code {}): returns the index after it, after its
     * opening braces if it is an unclosed template, after its line if it is an unclosed table, or -1 if neither
     * starts there.
     */
    static int skip(char[] a, int i, int end) {
        if (i + 1 >= a.length) {
            return -1;
        }
        if (a[i + 1] == '{') {
            int close = matchTemplate(a, i, end);
            return close < 0 ? i + 2 : close;
        }
        if (a[i + 1] == '|' && atLineStart(a, i)) {
            int close = matchTable(a, i, end);
            return close < 0 ? lineEnd(a, i, end) : close;
        }
        return -1;
    }

    /** Index after the {@code }}} closing the template at {@code i}, or -1 if unclosed. */
    private static int matchTemplate(char[] a, int i, int end) {
        return matchPair(a, i, end, '{', '{', '}', '}', false);
    }

    /** Index after the {@code |}} line closing the table at {@code i}, or -1 if unclosed. */
    private static int matchTable(char[] a, int i, int end) {
        int depth = 0;
        int k = i;
        while (k < end - 1) {
            char c = a[k];
            char d = a[k + 1];
            if (c == '{' && d == '{') {
                int close = matchTemplate(a, k, end);
                k = close < 0 ? k + 2 : close;
            } else if (c == '{' && d == '|' && atLineStart(a, k)) {
                depth++;
                k += 2;
            } else if (c == '|' && d == '}' && atLineStart(a, k)) {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else {
                k++;
            }
        }
        return -1;
    }

    /** Index after the {@code ]]} closing the link at {@code i}, or -1 if unclosed within the paragraph. */
    static int matchLink(char[] a, int i, int end) {
        return matchPair(a, i, end, '[', '[', ']', ']', true);
    }

    /** Index after the {@code }-} closing the variant markup at {@code i}, or -1. */
    static int matchVariant(char[] a, int i, int end) {
        return matchPair(a, i, end, '-', '{', '}', '-', false);
    }

    /** Matches nested two-character delimiters; optionally gives up at a blank line. */
    private static int matchPair(char[] a, int i, int end, char o1, char o2, char c1, char c2, boolean paragraph) {
        int depth = 0;
        int k = i;
        while (k < end - 1) {
            char c = a[k];
            if (c == o1 && a[k + 1] == o2) {
                depth++;
                k += 2;
            } else if (c == c1 && a[k + 1] == c2) {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else if (paragraph && c == '\n' && a[k + 1] == '\n') {
                return -1;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** Index of the first {@code |} between from and to that is not inside a nested link or template. */
    static int topLevelPipe(char[] a, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = a[k];
            if ((c == '[' || c == '{') && k + 1 < to && a[k + 1] == c) {
                depth++;
                k++;
            } else if ((c == ']' || c == '}') && k + 1 < to && a[k + 1] == c) {
                depth--;
                k++;
            } else if (c == '|' && depth <= 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether only spaces and indentation colons precede {@code i} on its line. */
    private static boolean atLineStart(char[] a, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = a[k];
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** Index after the end of the line containing {@code i}, at most {@code end}. */
    private static int lineEnd(char[] a, int i, int end) {
        for (int k = i; k < end; k++) {
            if (a[k] == '\n') {
                return k + 1;
            }
        }
        return end;
    }
}
