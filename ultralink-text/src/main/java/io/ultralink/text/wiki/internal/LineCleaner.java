package io.ultralink.text.wiki.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line pass of the cleaner: headings become their own lines (a heading with no text under it is
 * dropped), list markers and table residue go, spaces are collapsed, empty brackets left by removed
 * templates are removed, and blank lines disappear (every line is a paragraph).
 */
final class LineCleaner {

    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\s?[(（][\\s,;，；、:：]*[)）]");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" +(?=[,.;:!?，。；：！？])");

    private LineCleaner() {
    }

    static String clean(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> headingLevels = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            line(text.substring(start, end), lines, headingLevels);
            start = end + 1;
        }
        dropEmptySection(lines, headingLevels, Integer.MAX_VALUE);
        return String.join("\n", lines);
    }

    private static void line(String raw, List<String> lines, List<Integer> levels) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        char first = line.charAt(0);
        if (first == '=') {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '=') {
                level++;
            }
            int tail = line.length();
            while (tail > level && line.charAt(tail - 1) == '=') {
                tail--;
            }
            if (tail > level && line.length() - tail > 0) {
                String heading = normaliseSpaces(line.substring(level, tail));
                if (!heading.isEmpty()) {
                    dropEmptySection(lines, levels, Math.min(level, line.length() - tail));
                    lines.add(heading);
                    levels.add(Math.min(level, line.length() - tail));
                }
                return;
            }
        }
        if (first == '|' || first == '!' || line.startsWith("----")) {
            return;
        }
        int k = 0;
        while (k < line.length() && "*#:;".indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        String body = normaliseSpaces(line.substring(k));
        if (hasEmptyBrackets(body)) {
            body = EMPTY_BRACKETS.matcher(body).replaceAll("");
        }
        if (hasSpaceBeforePunctuation(body)) {
            body = SPACE_BEFORE_PUNCT.matcher(body).replaceAll("");
        }
        body = body.strip();
        if (!body.isEmpty()) {
            lines.add(body);
            levels.add(0);
        }
    }

    /** Drops trailing headings whose sections are empty when a heading of {@code level} or higher starts. */
    private static void dropEmptySection(List<String> lines, List<Integer> levels, int level) {
        while (!levels.isEmpty()) {
            int last = levels.get(levels.size() - 1);
            if (last == 0 || last < level && level != Integer.MAX_VALUE) {
                return;
            }
            lines.remove(lines.size() - 1);
            levels.remove(levels.size() - 1);
        }
    }

    private static boolean hasEmptyBrackets(String s) {
        for (int i = s.indexOf('('), n = s.length(); i >= 0 && i < n; i = s.indexOf('(', i + 1)) {
            int k = i + 1;
            while (k < n && " ,;:、，；：".indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            if (k < n && s.charAt(k) == ')') {
                return true;
            }
        }
        return s.indexOf('（') >= 0 && EMPTY_BRACKETS.matcher(s).find();
    }

    private static boolean hasSpaceBeforePunctuation(String s) {
        for (int i = 1, n = s.length(); i < n; i++) {
            if (isPunctuation(s.charAt(i)) && s.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(char c) {
        return switch (c) {
            case ',', '.', ';', ':', '!', '?', '，', '。', '；', '：', '！', '？' -> true;
            default -> false;
        };
    }

    private static String normaliseSpaces(String s) {
        char[] a = s.toCharArray();
        int w = 0;
        boolean changed = false;
        boolean space = false;
        for (char c : a) {
            boolean ws = c <= ' ' ? c == ' ' || c == '\t'
                    : c >= '\u00A0' && (c == '\u00A0' || c == '\u2009' || c == '\u200B');
            if (ws && space) {
                changed = true;
                continue;
            }
            if (ws && c != ' ') {
                changed = true;
            }
            a[w++] = ws ? ' ' : c;
            space = ws;
        }
        return (changed ? new String(a, 0, w) : s).strip();
    }
}
