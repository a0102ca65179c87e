package io.ultralink.text.wiki.internal;

import java.util.Locale;

/**
 * One left-to-right pass over wikitext that removes inline markup: comments, tags (dropping the content of
 * references, galleries, math and the like), templates and parser functions (nested), tables, files,
 * categories, interlanguage links, behaviour switches and bold/italic quotes; keeps link labels and resolves
 * Chinese variant markup. Line structure (headings, lists) is left to {@link LineCleaner}.
 *
 * <p>Works over the input's chars and writes into one {@link TextBuffer}. The hot loop only copies plain text up
 * to the next character that may start markup; each construct has its own method.
 */
final class MarkupScanner {

    private static final String[] URL_SCHEMES = {"http://", "https://", "//", "ftp://", "mailto:", "irc://",
        "news:"};
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "<{[-_'&".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private static final Construct TAG = (m, i, end) -> Tags.scan(m.s, m.a, i, end, m.out);
    private static final Construct BRACE = (m, i, end) -> Braces.skip(m.a, i, end);
    private static final Construct BRACKET = MarkupScanner::bracket;
    private static final Construct VARIANT = MarkupScanner::variant;
    private static final Construct BEHAVIOUR_SWITCH = MarkupScanner::behaviourSwitch;
    private static final Construct ENTITY = (m, i, end) -> Entities.decode(m.a, i, end, m.out);

    private final String s;
    private final char[] a;
    private final TextBuffer out;
    /** The end of the range being scanned: the text, or a link label inside it. */
    private int limit;
    /** Where to go on, and the end to restore, after each label being scanned. */
    private final IntPairStack resume = new IntPairStack();

    private MarkupScanner(String s, TextBuffer out) {
        this.s = s;
        this.a = s.toCharArray();
        this.out = out;
    }

    /** Removes inline markup from {@code wikitext}. */
    static String scan(String wikitext) {
        return scanToBuffer(wikitext).toString();
    }

    /** Removes inline markup from {@code wikitext}, returning the buffer holding the result. */
    static TextBuffer scanToBuffer(String wikitext) {
        TextBuffer out = new TextBuffer(wikitext.length());
        new MarkupScanner(wikitext, out).run(0, wikitext.length());
        return out;
    }

    /**
     * Scans [from, to). Link labels are scanned with the same loop: {@link #descend} narrows the end to the label
     * and remembers where to go on after it, so the loop is not recursive (which keeps its compiled code small).
     */
    private void run(int from, int to) {
        limit = to;
        int i = from;
        while (true) {
            if (i >= limit) {
                if (resume.isEmpty()) {
                    return;
                }
                i = resume.first();
                limit = resume.second();
                resume.pop();
                continue;
            }
            int k = copyPlain(i, limit);
            if (k >= limit) {
                i = k;
                continue;
            }
            int next = markup(k, limit);
            if (next < 0) {
                out.append(a[k]);
                i = k + 1;
            } else {
                i = next;
            }
        }
    }

    /** Continues the scan inside [from, to) with {@code to} as its end, then at {@code next}; returns from. */
    private int descend(int from, int to, int next) {
        resume.push(next, limit);
        limit = to;
        return from;
    }

    /** Copies text up to the next character that may start markup; returns its index (or {@code end}). */
    private int copyPlain(int i, int end) {
        char[] chars = a;
        int k = i;
        while (k < end) {
            char c = chars[k];
            if (c < 128 && SPECIAL[c]) {
                break;
            }
            k++;
        }
        out.append(chars, i, k);
        return k;
    }

    /** Handles the markup that may start at {@code i}; returns the index after it, or -1 if there is none. */
    private int markup(int i, int end) {
        Construct construct;
        switch (a[i]) {
            case '<' -> construct = TAG;
            case '{' -> construct = BRACE;
            case '[' -> construct = BRACKET;
            case '-' -> construct = startsWith('-', '{', i) ? VARIANT : null;
            case '_' -> construct = startsWith('_', '_', i) ? BEHAVIOUR_SWITCH : null;
            case '\'' -> {
                return i + 1 < end && a[i + 1] == '\'' ? quotes(i, end) : -1;
            }
            default -> construct = ENTITY;
        }
        return construct == null ? -1 : construct.scan(this, i, end);
    }

    private boolean startsWith(char c1, char c2, int i) {
        return i + 1 < a.length && a[i] == c1 && a[i + 1] == c2;
    }

    private int bracket(int i, int end) {
        if (startsWith('[', '[', i)) {
            int close = Braces.matchLink(a, i, end);
            if (close < 0) {
                return i + 2;
            }
            return link(i + 2, close - 2, close);
        }
        return externalLink(i, end);
    }

    private int externalLink(int i, int end) {
        for (String scheme : URL_SCHEMES) {
            if (s.regionMatches(true, i + 1, scheme, 0, scheme.length())) {
                int close = s.indexOf(']', i + 1);
                int nl = s.indexOf('\n', i + 1);
                if (close < 0 || close > end || (nl >= 0 && nl < close)) {
                    return -1;
                }
                int space = i + 1;
                while (space < close && a[space] != ' ' && a[space] != '\t') {
                    space++;
                }
                return space < close ? descend(space + 1, close, close + 1) : close + 1;
            }
        }
        return -1;
    }

    /** Handles the link whose content is [from, to); returns where the scan goes on ({@code close} after it). */
    private int link(int from, int to, int close) {
        int start = from;
        boolean leadingColon = start < to && a[start] == ':';
        if (leadingColon) {
            start++;
        }
        int pipe = Braces.topLevelPipe(a, start, to);
        int targetEnd = pipe < 0 ? to : pipe;
        if (!leadingColon && droppedNamespace(start, targetEnd)) {
            return close;
        }
        if (pipe < 0) {
            return descend(start, to, close);
        }
        if (CharKinds.skipWhitespace(a, pipe + 1, to) == to) {
            int paren = indexOfSpaceParen(start, pipe);
            out.append(a, start, paren > start ? paren : pipe);
            return close;
        }
        return descend(pipe + 1, to, close);
    }

    /** Whether the link target in [start, targetEnd) has a file, category or interlanguage prefix. */
    private boolean droppedNamespace(int start, int targetEnd) {
        int colon = -1;
        for (int k = start; k < targetEnd; k++) {
            if (a[k] == ':') {
                colon = k;
                break;
            }
        }
        if (colon <= start) {
            return false;
        }
        return Namespaces.isDropped(s.substring(start, colon));
    }

    private int indexOfSpaceParen(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (a[k] == ' ' && a[k + 1] == '(') {
                return k;
            }
        }
        return -1;
    }

    private int variant(int i, int end) {
        int close = Braces.matchVariant(a, i, end);
        if (close < 0) {
            return -1;
        }
        String resolved = VariantMarkup.resolve(s.substring(i + 2, close - 2));
        new MarkupScanner(resolved, out).run(0, resolved.length());
        return close;
    }

    private int behaviourSwitch(int i, int end) {
        int k = i + 2;
        while (k < end && (Character.isUpperCase(a[k]) || a[k] == '_' && !startsWith('_', '_', k))) {
            k++;
        }
        if (k > i + 2 && startsWith('_', '_', k) && s.substring(i + 2, k).toUpperCase(Locale.ROOT).equals(
                s.substring(i + 2, k))) {
            return k + 2;
        }
        return -1;
    }

    private int quotes(int i, int end) {
        int k = i;
        while (k < end && a[k] == '\'') {
            k++;
        }
        int n = k - i;
        if (n == 4) {
            out.append('\'');
        } else if (n > 5) {
            out.append(a, i, k - 5);
        }
        return k;
    }

    /**
     * A construct behind a markup character. The handlers below are called through one polymorphic site, so the
     * JIT compiles each on its own rather than inlining all of them, rare ones included, into the scan loop.
     */
    @FunctionalInterface
    private interface Construct {

        /** Handles the construct that may start at {@code i}; returns the index after it, or -1. */
        int scan(MarkupScanner m, int i, int end);
    }
}
