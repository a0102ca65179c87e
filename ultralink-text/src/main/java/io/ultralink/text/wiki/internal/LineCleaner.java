package io.ultralink.text.wiki.internal;

import io.ultralink.text.wiki.CleanedText;
import java.util.List;

/**
 * The line pass of the cleaner: headings become their own lines (a heading with no text under it is
 * dropped), list markers and table residue go, spaces are collapsed, empty brackets left by removed
 * templates are removed, and blank lines disappear (every line is a paragraph).
 *
 * <p>Reads the scanned chars line by line and writes the kept lines, joined by {@code \n}, over the same array:
 * a kept line never grows and takes the place of the line break before it, so the write position never passes
 * the read position. Headings not yet followed by text are kept on a small stack so that a heading of an empty
 * section can be taken back.
 *
 * <p>A section whose heading {@link SectionNames} names is skipped, sub-sections included, up to the next heading
 * of its level or higher; its lines are counted, not written.
 */
final class LineCleaner {

    private final char[] in;
    private final int n;
    /** The same array as {@code in}: the kept lines are written over the lines read. */
    private final char[] out;
    private int w;
    /** Headings with no text after them yet: output length before each, and its level. */
    private final IntPairStack headings = new IntPairStack();
    private final SectionNames dropped;
    /** The level of the dropped section being skipped, 0 when none is. */
    private int skipLevel;
    private boolean skippedText;
    private int sectionsDropped;
    private long charsDropped;

    private LineCleaner(char[] in, int n, SectionNames dropped) {
        this.in = in;
        this.n = n;
        this.out = in;
        this.dropped = dropped;
    }

    static String clean(String text) {
        return clean(text.toCharArray(), text.length());
    }

    /** Cleans the lines of the first {@code n} chars of {@code text}, overwriting them. */
    static String clean(char[] text, int n) {
        return clean(text, n, new SectionNames(List.of())).text();
    }

    /** Cleans the lines of the first {@code n} chars of {@code text}, overwriting them, dropping named sections. */
    static CleanedText clean(char[] text, int n, SectionNames dropped) {
        LineCleaner cleaner = new LineCleaner(text, n, dropped);
        int length = cleaner.run();
        return new CleanedText(new String(text, 0, length), cleaner.sectionsDropped, cleaner.charsDropped);
    }

    /** Cleans the lines and returns the length of the result. */
    private int run() {
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && in[end] != '\n') {
                end++;
            }
            line(start, end);
            start = end + 1;
        }
        endSkip();
        dropEmptySections(Integer.MAX_VALUE);
        return w;
    }

    private void line(int from, int to) {
        int s = CharKinds.skipWhitespace(in, from, to);
        int e = CharKinds.skipWhitespaceBackward(in, s, to);
        if (s == e) {
            return;
        }
        char first = in[s];
        if (first == '=' && heading(s, e)) {
            return;
        }
        if (first == '|' || first == '!' || isRule(s, e)) {
            return;
        }
        if (skipLevel > 0) {
            charsDropped += e - s;
            skippedText = true;
            return;
        }
        int k = s;
        while (k < e && isListMarker(in[k])) {
            k++;
        }
        text(k, e);
    }

    private boolean isRule(int s, int e) {
        return e - s >= 4 && in[s] == '-' && in[s + 1] == '-' && in[s + 2] == '-' && in[s + 3] == '-';
    }

    private static boolean isListMarker(char c) {
        return c == '*' || c == '#' || c == ':' || c == ';';
    }

    /** Handles a line starting with {@code =}; returns false if it is not a heading after all. */
    private boolean heading(int s, int e) {
        int length = e - s;
        int level = 0;
        while (level < length && in[s + level] == '=') {
            level++;
        }
        int tail = length;
        while (tail > level && in[s + tail - 1] == '=') {
            tail--;
        }
        if (tail <= level || tail == length) {
            return false;
        }
        int from = skipSpaceForward(s + level, s + tail);
        int to = skipSpaceBackward(from, s + tail);
        int headingLevelOfLine = Math.min(level, length - tail);
        if (skipLevel > 0) {
            if (headingLevelOfLine > skipLevel) {
                return true;
            }
            endSkip();
        }
        if (from < to && dropped.matches(in, from, to)) {
            dropEmptySections(headingLevelOfLine);
            skipLevel = headingLevelOfLine;
            return true;
        }
        if (from < to) {
            dropEmptySections(headingLevelOfLine);
            headings.push(w, headingLevelOfLine);
            separator();
            normaliseSpaces(from, to);
        }
        return true;
    }

    /** Ends the skipping of a dropped section, counting it if it had text. */
    private void endSkip() {
        if (skipLevel > 0 && skippedText) {
            sectionsDropped++;
        }
        skipLevel = 0;
        skippedText = false;
    }

    /** Takes back trailing headings whose sections are empty when a heading of {@code level} or higher starts. */
    private void dropEmptySections(int level) {
        while (!headings.isEmpty()) {
            if (headings.second() < level && level != Integer.MAX_VALUE) {
                return;
            }
            w = headings.first();
            headings.pop();
        }
    }

    private void separator() {
        if (w > 0) {
            out[w++] = '\n';
        }
    }

    private void text(int s, int e) {
        int from = skipSpaceForward(s, e);
        int to = skipSpaceBackward(from, e);
        if (from == to) {
            return;
        }
        int mark = w;
        separator();
        int body = w;
        int findings = normaliseSpaces(from, to);
        w = LineEdits.tidy(out, body, w, findings);
        if (w == body) {
            w = mark;
        } else {
            headings.clear();
        }
    }

    /** Whether {@code c} is blank for {@link #normaliseSpaces}: collapsed to a space or stripped. */
    private static boolean isSpaceLike(char c) {
        return CharKinds.of(c) == CharKinds.SPACE || CharKinds.isWhitespace(c);
    }

    private int skipSpaceForward(int from, int to) {
        int k = from;
        while (k < to && isSpaceLike(in[k])) {
            k++;
        }
        return k;
    }

    private int skipSpaceBackward(int from, int to) {
        int k = to;
        while (k > from && isSpaceLike(in[k - 1])) {
            k--;
        }
        return k;
    }

    /**
     * Copies [from, to) to the output, each run of spaces, tabs and invisible spaces becoming one space; returns
     * what {@link LineEdits#tidy} needs to know of the copy, as its finding flags.
     */
    private int normaliseSpaces(int from, int to) {
        char[] src = in;
        char[] dst = out;
        int o = w;
        int findings = 0;
        boolean space = false;
        boolean open = false;
        for (int k = from; k < to; k++) {
            char c = src[k];
            int kind = CharKinds.of(c);
            if (kind == 0) {
                dst[o++] = c;
                space = false;
                open = false;
            } else if (kind == CharKinds.SPACE) {
                if (!space) {
                    dst[o++] = ' ';
                    space = true;
                }
            } else {
                findings |= LineEdits.findings(kind, space, open);
                open = (kind & CharKinds.OPEN) != 0 || open && (kind & CharKinds.FILLER) != 0;
                dst[o++] = c;
                space = false;
            }
        }
        w = o;
        return findings;
    }
}
