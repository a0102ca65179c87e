package io.ultralink.text.wiki.internal;

import java.util.Locale;

/** Recognises HTML-like tags in wikitext. */
final class Tags {

    /** A parsed tag: lower-case name, closing or self-closing, and the index after its {@code >}. */
    record Tag(String name, boolean closing, boolean selfClosing, int end) {
    }

    private Tags() {
    }

    /** Parses the tag starting at {@code i} ({@code <}) of {@code a}, or returns null if it is not a tag. */
    static Tag parse(char[] a, int i, int end) {
        int k = i + 1;
        boolean closing = k < end && a[k] == '/';
        if (closing) {
            k++;
        }
        int nameStart = k;
        while (k < end && Character.isLetterOrDigit(a[k])) {
            k++;
        }
        if (k == nameStart || !Character.isLetter(a[nameStart])) {
            return null;
        }
        if (k < end && !(a[k] == '>' || a[k] == '/' || Character.isWhitespace(a[k]))) {
            return null;
        }
        int gt = k;
        while (gt < a.length && a[gt] != '>' && a[gt] != '<') {
            gt++;
        }
        if (gt >= end || a[gt] != '>') {
            return null;
        }
        String name = new String(a, nameStart, k - nameStart).toLowerCase(Locale.ROOT);
        return new Tag(name, closing, a[gt - 1] == '/', gt + 1);
    }

    /** Returns the index after the closing tag {@code </name>} at or after {@code from} in {@code s}, or -1. */
    static int findClose(String s, String name, int from, int end) {
        int k = from;
        while (true) {
            int lt = s.indexOf("</", k);
            if (lt < 0 || lt >= end) {
                return -1;
            }
            if (s.regionMatches(true, lt + 2, name, 0, name.length())) {
                int after = lt + 2 + name.length();
                int gt = s.indexOf('>', after);
                if (gt >= 0 && gt < end && s.substring(after, gt).isBlank()) {
                    return gt + 1;
                }
            }
            k = lt + 2;
        }
    }
}
