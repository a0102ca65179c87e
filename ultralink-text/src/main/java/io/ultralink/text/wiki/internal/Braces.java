package io.ultralink.text.wiki.internal;

/** Finds the ends of nested wikitext constructs: templates, tables, links and variant markup. */
final class Braces {

    private Braces() {
    }

    /** Index after the {@code }}} closing the template at {@code i}, or -1 if unclosed. */
    static int matchTemplate(String s, int i, int end) {
        return matchPair(s, i, end, '{', '{', '}', '}', false);
    }

    /** Index after the {@code |}} line closing the table at {@code i}, or -1 if unclosed. */
    static int matchTable(String s, int i, int end) {
        int depth = 0;
        int k = i;
        while (k < end - 1) {
            char c = s.charAt(k);
            if (c == '{' && s.charAt(k + 1) == '{') {
                int close = matchTemplate(s, k, end);
                k = close < 0 ? k + 2 : close;
            } else if (c == '{' && s.charAt(k + 1) == '|' && atLineStart(s, k)) {
                depth++;
                k += 2;
            } else if (c == '|' && s.charAt(k + 1) == '}' && atLineStart(s, k)) {
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
    static int matchLink(String s, int i, int end) {
        return matchPair(s, i, end, '[', '[', ']', ']', true);
    }

    /** Index after the {@code }-} closing the variant markup at {@code i}, or -1. */
    static int matchVariant(String s, int i, int end) {
        return matchPair(s, i, end, '-', '{', '}', '-', false);
    }

    /** Matches nested two-character delimiters; optionally gives up at a blank line. */
    private static int matchPair(String s, int i, int end, char o1, char o2, char c1, char c2, boolean paragraph) {
        int depth = 0;
        int k = i;
        while (k < end - 1) {
            char c = s.charAt(k);
            char d = s.charAt(k + 1);
            if (c == o1 && d == o2) {
                depth++;
                k += 2;
            } else if (c == c1 && d == c2) {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else if (paragraph && c == '\n' && d == '\n') {
                return -1;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** Index of the first {@code |} between from and to that is not inside a nested link or template. */
    static int topLevelPipe(String s, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if ((c == '[' || c == '{') && k + 1 < to && s.charAt(k + 1) == c) {
                depth++;
                k++;
            } else if ((c == ']' || c == '}') && k + 1 < to && s.charAt(k + 1) == c) {
                depth--;
                k++;
            } else if (c == '|' && depth <= 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether only spaces and indentation colons precede {@code i} on its line. */
    static boolean atLineStart(String s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** Index after the end of the line containing {@code i}. */
    static int lineEnd(String s, int i, int end) {
        int nl = s.indexOf('\n', i);
        return nl < 0 || nl >= end ? end : nl + 1;
    }
}
