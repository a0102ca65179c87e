package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One physical line of source code, with its terminator: code ({@code prose == null}, the whole line
 * in {@code prefix}), or {@code prefix + prose + suffix} where only the prose is natural language.
 * Not API.
 *
 * @param prefix the code before the prose (indentation, comment marker), or the whole code line
 * @param prose the natural-language part, or {@code null} for a code line
 * @param suffix what follows the prose (closing delimiter, trailing blanks, line terminator)
 */
record SourceLine(String prefix, String prose, String suffix) {

    /** A code line. */
    static SourceLine code(String raw) {
        return new SourceLine(raw, null, "");
    }

    boolean isCode() {
        return prose == null;
    }

    /**
     * Groups consecutive prose lines into translatable pieces between fixed code. Lines of a line
     * comment (prefix starting with {@code commentMarker}) join while they keep the first line's prefix;
     * other prose (docstrings, block comments) joins lines whose prefix is the first continuation's,
     * the first continuation being any line whose prefix {@code continues}.
     */
    static List<Piece> pieces(List<SourceLine> lines, String commentMarker, Predicate<String> continues) {
        List<Piece> out = new ArrayList<>();
        StringBuilder fixed = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            fixed.append(line.prefix());
            if (line.isCode()) {
                i++;
                continue;
            }
            boolean comment = line.prefix().trim().startsWith(commentMarker);
            StringBuilder prose = new StringBuilder(line.prose());
            String cont = null;
            int j = i + 1;
            SourceLine tail = line;
            while (j < lines.size() && joins(tail, lines.get(j), comment ? line.prefix() : cont, comment, continues)) {
                SourceLine next = lines.get(j);
                if (cont == null) {
                    cont = next.prefix();
                }
                prose.append('\n').append(next.prose());
                tail = next;
                j++;
            }
            if (cont == null) {
                cont = leadingWhitespace(line.prefix()) + (comment ? line.prefix().trim() + " " : "");
            }
            if (fixed.length() > 0) {
                out.add(Piece.fixed(fixed.toString()));
                fixed.setLength(0);
            }
            out.add(Piece.prose(prose.toString(), cont));
            fixed.append(tail.suffix());
            i = j;
        }
        if (fixed.length() > 0) {
            out.add(Piece.fixed(fixed.toString()));
        }
        return out;
    }

    private static boolean joins(SourceLine previous, SourceLine next, String expectedPrefix, boolean comment,
            Predicate<String> continues) {
        if (next.isCode() || !previous.suffix().equals("\n")) {
            return false;
        }
        if (expectedPrefix != null) {
            return next.prefix().equals(expectedPrefix);
        }
        return !comment && continues.test(next.prefix());
    }

    /** The physical lines of {@code source}, each with its {@code \\n} terminator (the last may have none). */
    static List<String> physicalLines(String source) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < source.length()) {
            int nl = source.indexOf('\n', pos);
            int end = nl < 0 ? source.length() : nl + 1;
            out.add(source.substring(pos, end));
            pos = end;
        }
        return out;
    }

    /** The leading blanks of {@code s}. */
    static String leadingWhitespace(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return s.substring(0, k);
    }
}
