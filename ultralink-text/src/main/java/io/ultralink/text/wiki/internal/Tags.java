package io.ultralink.text.wiki.internal;

import java.util.Locale;

/** Recognises HTML-like tags in wikitext. */
final class Tags {

    /** A parsed tag: lower-case name, closing or self-closing, and the index after its {@code >}. */
    record Tag(String name, boolean closing, boolean selfClosing, int end) {
    }

    private Tags() {
    }

    /** Parses the tag starting at {@code i} ({@code <}), or returns null if it is not a tag. */
    static Tag parse(String s, int i, int end) {
        int k = i + 1;
        boolean closing = k < end && s.charAt(k) == '/';
        if (closing) {
            k++;
        }
        int nameStart = k;
        while (k < end && (Character.isLetterOrDigit(s.charAt(k)))) {
            k++;
        }
        if (k == nameStart || !Character.isLetter(s.charAt(nameStart))) {
            return null;
        }
        String name = s.substring(nameStart, k).toLowerCase(Locale.ROOT);
        if (k < end && !(s.charAt(k) == '>' || s.charAt(k) == '/' || Character.isWhitespace(s.charAt(k)))) {
            return null;
        }
        int gt = s.indexOf('>', k);
        int nextLt = s.indexOf('<', k);
        if (gt < 0 || gt >= end || (nextLt >= 0 && nextLt < gt)) {
            return null;
        }
        boolean selfClosing = s.charAt(gt - 1) == '/';
        return new Tag(name, closing, selfClosing, gt + 1);
    }

    /** Returns the index after the closing tag {@code </name>} at or after {@code from}, or -1. */
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
