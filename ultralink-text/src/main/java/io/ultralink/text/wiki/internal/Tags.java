package io.ultralink.text.wiki.internal;

import java.util.Locale;
import java.util.Set;

/** Recognises HTML-like tags and comments in wikitext and removes them, with the content of some. */
final class Tags {

    private static final Set<String> DROP_WITH_CONTENT = Set.of("ref", "references", "gallery", "math", "timeline",
            "score", "syntaxhighlight", "source", "imagemap", "graph", "templatedata", "mapframe", "maplink",
            "includeonly", "chem", "ce", "hiero", "inputbox", "categorytree", "table", "noinclude", "style",
            "script", "templatestyles", "section", "indicator");

    /** A parsed tag: lower-case name, closing or self-closing, and the index after its {@code >}. */
    private record Tag(String name, boolean closing, boolean selfClosing, int end) {
    }

    private Tags() {
    }

    /**
     * Handles the comment or tag starting at {@code i} ({@code <}) of {@code s} (whose chars are {@code a}):
     * drops it, with its content for references and the like, keeps the content of {@code nowiki} and {@code pre}
     * verbatim, and writes a line break for {@code br}, {@code p}, {@code div} and {@code li}. Returns the index
     * after what it handled, or -1 if no tag starts there.
     */
    static int scan(String s, char[] a, int i, int end, TextBuffer out) {
        if (i + 3 < a.length && a[i + 1] == '!' && a[i + 2] == '-' && a[i + 3] == '-') {
            int close = s.indexOf("-->", i + 4);
            return close < 0 || close + 3 > end ? end : close + 3;
        }
        Tag tag = parse(a, i, end);
        if (tag == null) {
            return -1;
        }
        String name = tag.name();
        if (tag.closing() || tag.selfClosing()) {
            if (name.equals("br") || name.equals("p")) {
                out.append('\n');
            }
            return tag.end();
        }
        if (DROP_WITH_CONTENT.contains(name)) {
            int close = findClose(s, name, tag.end(), end);
            return close < 0 ? tag.end() : close;
        }
        if (name.equals("nowiki") || name.equals("pre")) {
            return verbatim(s, a, name, tag.end(), end, out);
        }
        if (name.equals("br") || name.equals("p") || name.equals("div") || name.equals("li")) {
            out.append('\n');
        }
        return tag.end();
    }

    private static int verbatim(String s, char[] a, String name, int from, int end, TextBuffer out) {
        int close = findClose(s, name, from, end);
        int contentEnd = close < 0 ? end : s.lastIndexOf('<', close - 1);
        out.append(a, from, Math.max(from, contentEnd));
        return close < 0 ? end : close;
    }

    /** Parses the tag starting at {@code i} ({@code <}) of {@code a}, or returns null if it is not a tag. */
    private static Tag parse(char[] a, int i, int end) {
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
    private static int findClose(String s, String name, int from, int end) {
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
