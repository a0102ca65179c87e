package io.ultralink.text.wiki.internal;

import java.util.Locale;
import java.util.Set;

/**
 * One left-to-right pass over wikitext that removes inline markup: comments, tags (dropping the content of
 * references, galleries, math and the like), templates and parser functions (nested), tables, files,
 * categories, interlanguage links, behaviour switches and bold/italic quotes; keeps link labels and resolves
 * Chinese variant markup. Line structure (headings, lists) is left to {@link LineCleaner}.
 */
final class MarkupScanner {

    private static final Set<String> DROP_WITH_CONTENT = Set.of("ref", "references", "gallery", "math", "timeline",
            "score", "syntaxhighlight", "source", "imagemap", "graph", "templatedata", "mapframe", "maplink",
            "includeonly", "chem", "ce", "hiero", "inputbox", "categorytree", "table", "noinclude", "style",
            "script", "templatestyles", "section", "indicator");
    private static final String[] URL_SCHEMES = {"http://", "https://", "//", "ftp://", "mailto:", "irc://",
        "news:"};

    private final String s;
    private final char[] chars;
    private final StringBuilder out;

    private MarkupScanner(String s, StringBuilder out) {
        this.s = s;
        this.chars = s.toCharArray();
        this.out = out;
    }

    /** Removes inline markup from {@code wikitext}. */
    static String scan(String wikitext) {
        StringBuilder out = new StringBuilder(wikitext.length());
        new MarkupScanner(wikitext, out).run(0, wikitext.length());
        return out.toString();
    }

    private void run(int from, int end) {
        int i = from;
        while (i < end) {
            char c = chars[i];
            int next = switch (c) {
                case '<' -> tag(i, end);
                case '{' -> brace(i, end);
                case '[' -> bracket(i, end);
                case '-' -> s.startsWith("-{", i) ? variant(i, end) : -1;
                case '_' -> behaviourSwitch(i, end);
                case '\'' -> quotes(i, end);
                case '&' -> Entities.decode(s, i, end, out);
                default -> -1;
            };
            if (next < 0) {
                int k = i + 1;
                while (k < end && !isSpecial(chars[k])) {
                    k++;
                }
                out.append(chars, i, k - i);
                i = k;
            } else {
                i = next;
            }
        }
    }

    private static boolean isSpecial(char c) {
        return c == '<' || c == '{' || c == '[' || c == '-' || c == '_' || c == '\'' || c == '&';
    }

    private int tag(int i, int end) {
        if (s.startsWith("<!--", i)) {
            int close = s.indexOf("-->", i + 4);
            return close < 0 || close + 3 > end ? end : close + 3;
        }
        Tags.Tag tag = Tags.parse(s, i, end);
        if (tag == null) {
            return -1;
        }
        if (tag.closing() || tag.selfClosing()) {
            if (tag.name().equals("br") || tag.name().equals("p")) {
                out.append('\n');
            }
            return tag.end();
        }
        if (DROP_WITH_CONTENT.contains(tag.name())) {
            int close = Tags.findClose(s, tag.name(), tag.end(), end);
            return close < 0 ? tag.end() : close;
        }
        if (tag.name().equals("nowiki") || tag.name().equals("pre")) {
            int close = Tags.findClose(s, tag.name(), tag.end(), end);
            int contentEnd = close < 0 ? end : s.lastIndexOf('<', close - 1);
            out.append(s, tag.end(), Math.max(tag.end(), contentEnd));
            return close < 0 ? end : close;
        }
        if (tag.name().equals("br") || tag.name().equals("p") || tag.name().equals("div")
                || tag.name().equals("li")) {
            out.append('\n');
        }
        return tag.end();
    }

    private int brace(int i, int end) {
        if (s.startsWith("{{", i)) {
            int close = Braces.matchTemplate(s, i, end);
            return close < 0 ? i + 2 : close;
        }
        if (s.startsWith("{|", i) && Braces.atLineStart(s, i)) {
            int close = Braces.matchTable(s, i, end);
            return close < 0 ? Braces.lineEnd(s, i, end) : close;
        }
        return -1;
    }

    private int bracket(int i, int end) {
        if (s.startsWith("[[", i)) {
            int close = Braces.matchLink(s, i, end);
            if (close < 0) {
                return i + 2;
            }
            link(i + 2, close - 2);
            return close;
        }
        for (String scheme : URL_SCHEMES) {
            if (s.regionMatches(true, i + 1, scheme, 0, scheme.length())) {
                int close = s.indexOf(']', i + 1);
                int nl = s.indexOf('\n', i + 1);
                if (close < 0 || close > end || (nl >= 0 && nl < close)) {
                    return -1;
                }
                int space = i + 1;
                while (space < close && s.charAt(space) != ' ' && s.charAt(space) != '\t') {
                    space++;
                }
                if (space < close) {
                    run(space + 1, close);
                }
                return close + 1;
            }
        }
        return -1;
    }

    private void link(int from, int to) {
        int start = from;
        boolean leadingColon = start < to && s.charAt(start) == ':';
        if (leadingColon) {
            start++;
        }
        int pipe = Braces.topLevelPipe(s, start, to);
        int targetEnd = pipe < 0 ? to : pipe;
        int colon = indexOf(':', start, targetEnd);
        if (!leadingColon && colon > start) {
            String prefix = s.substring(start, colon);
            if (Namespaces.isFile(prefix) || Namespaces.isCategory(prefix) || Namespaces.isLanguage(prefix)) {
                return;
            }
        }
        if (pipe < 0) {
            run(start, to);
        } else if (s.substring(pipe + 1, to).isBlank()) {
            String target = s.substring(start, pipe);
            int paren = target.indexOf(" (");
            out.append(paren > 0 ? target.substring(0, paren) : target);
        } else {
            run(pipe + 1, to);
        }
    }

    private int indexOf(char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private int variant(int i, int end) {
        int close = Braces.matchVariant(s, i, end);
        if (close < 0) {
            return -1;
        }
        String resolved = VariantMarkup.resolve(s.substring(i + 2, close - 2));
        out.append(scan(resolved));
        return close;
    }

    private int behaviourSwitch(int i, int end) {
        if (!s.startsWith("__", i)) {
            return -1;
        }
        int k = i + 2;
        while (k < end && (Character.isUpperCase(s.charAt(k)) || s.charAt(k) == '_' && !s.startsWith("__", k))) {
            k++;
        }
        if (k > i + 2 && s.startsWith("__", k) && s.substring(i + 2, k).toUpperCase(Locale.ROOT).equals(
                s.substring(i + 2, k))) {
            return k + 2;
        }
        return -1;
    }

    private int quotes(int i, int end) {
        int k = i;
        while (k < end && s.charAt(k) == '\'') {
            k++;
        }
        int n = k - i;
        if (n < 2) {
            return -1;
        }
        if (n == 4) {
            out.append('\'');
        } else if (n > 5) {
            out.append(s, i, k - 5);
        }
        return k;
    }
}
