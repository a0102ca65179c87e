package io.ultralink.translate.internal;

import io.ultralink.translate.internal.CodeLineClassifier.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source code outside Markdown fences: runs of lines that {@link CodeLineClassifier} calls code (with the
 * comments, blank lines, docstrings and deeper-indented lines inside them), and indented blocks after a
 * blank line whose lines are mostly code. A run counts when it has a distinctive line (a definition, an
 * import, a shell prompt, ...) or at least two statements. Not API.
 */
public final class UnfencedCode {

    private static final Pattern TRIPLE = Pattern.compile("^[rRuUfFbB]{0,2}(\"\"\"|''')");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s");
    private static final Pattern PYTHON_HINT = Pattern.compile(
            "^\\s*(?:(?:async\\s+)?def\\s|class\\s\\w+.*:\\s*$|elif\\b|from\\s+[\\w.]+\\s+import\\b|import\\s+[\\w.]+\\s*$|#(?!include|define|!)"
                    + "|.*:\\s*$|print\\()");
    private static final Pattern C_HINT = Pattern.compile(".*(?:;|\\{|\\})\\s*(?://.*)?$|^\\s*//.*|^\\s*#include\\b.*");

    /**
     * One run of code.
     *
     * @param start offset of its first character (a line start)
     * @param end offset after its last character (the last line's terminator excluded)
     * @param kind the language family whose comments can be told apart, or {@code UNKNOWN} (copied verbatim)
     */
    public record Region(int start, int end, FencedCode.Kind kind) {

        /** The region's text in {@code message}. */
        public String text(String message) {
            return message.substring(start, end);
        }

        /** The region's pieces: comment prose between fixed code (one fixed piece when not translatable). */
        public List<Piece> pieces(String message) {
            String text = text(message);
            return switch (kind) {
                case PYTHON -> PythonSource.split(text);
                case C_LIKE -> CLikeSource.unsafe(text).isPresent() ? List.of(Piece.fixed(text)) : CLikeSource.split(text);
                case UNKNOWN -> List.of(Piece.fixed(text));
            };
        }

        /** The whole lines of the region that are code (not comment or docstring prose), without terminators. */
        public List<String> codeLines(String message) {
            List<String> out = new ArrayList<>();
            int pos = 0;
            String text = text(message);
            List<int[]> prose = new ArrayList<>();
            for (Piece p : pieces(message)) {
                int len = p.translatable() ? p.layout(p.text()).length() : p.text().length();
                if (p.translatable()) {
                    prose.add(new int[] {pos, pos + len});
                }
                pos += len;
            }
            int lineStart = 0;
            for (String raw : SourceLine.physicalLines(text)) {
                int lineEnd = lineStart + raw.length();
                int from = lineStart;
                boolean touchesProse = prose.stream().anyMatch(r -> r[0] < lineEnd && r[1] > from);
                String line = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
                if (!touchesProse && !line.isBlank()) {
                    out.add(line);
                }
                lineStart = lineEnd;
            }
            return out;
        }
    }

    private UnfencedCode() {
    }

    /** The runs of unfenced code of {@code text}, in order. */
    public static List<Region> find(String text) {
        List<int[]> fences = new ArrayList<>();
        Matcher m = FencedCode.FENCE.matcher(text);
        while (m.find()) {
            fences.add(new int[] {m.start(), m.end()});
        }
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        for (String raw : SourceLine.physicalLines(text)) {
            int at = pos;
            boolean fenced = fences.stream().anyMatch(f -> at < f[1] && at + raw.length() > f[0]);
            String body = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
            lines.add(new Line(at, body, fenced ? null : CodeLineClassifier.classify(body)));
            pos += raw.length();
        }
        List<Region> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = indentedBlock(lines, i);
            if (end < 0) {
                end = run(lines, i);
            }
            if (end > i) {
                Line first = lines.get(i);
                Line last = lines.get(end - 1);
                List<String> body = lines.subList(i, end).stream().map(Line::text).toList();
                out.add(new Region(first.start(), last.start() + last.text().length(), kind(body)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Why the translation lacks a code line of {@code source}'s unfenced code, or empty: every code line of
     * every region must stand, byte for byte and in order, as a whole line of {@code translated}.
     */
    public static Optional<String> problem(String source, String translated) {
        List<String> got = new ArrayList<>();
        for (String raw : SourceLine.physicalLines(translated)) {
            got.add(raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw);
        }
        int cursor = 0;
        for (Region r : find(source)) {
            int lineNo = lineNumber(source, r.start());
            for (String want : r.codeLines(source)) {
                int found = -1;
                for (int j = cursor; j < got.size() && found < 0; j++) {
                    if (got.get(j).equals(want)) {
                        found = j;
                    }
                }
                if (found < 0) {
                    return Optional.of("code line '" + want.strip() + "' (unfenced code from line " + lineNo
                            + ") is missing or changed");
                }
                cursor = found + 1;
            }
        }
        return Optional.empty();
    }

    private record Line(int start, String text, Kind kind) {
        boolean code() {
            return kind == Kind.CODE || kind == Kind.STRONG;
        }

        boolean neutral() {
            return kind == Kind.BLANK || kind == Kind.COMMENT;
        }

        int indent() {
            return SourceLine.leadingWhitespace(text).replace("\t", "    ").length();
        }
    }

    /** The end of an indented block starting at {@code i}, or -1 when there is none. */
    private static int indentedBlock(List<Line> lines, int i) {
        Line first = lines.get(i);
        if (first.kind() == null || first.kind() == Kind.BLANK || first.indent() < 4
                || i > 0 && lines.get(i - 1).kind() != Kind.BLANK) {
            return -1;
        }
        for (int k = i - 1; k >= 0 && lines.get(k).kind() != null; k--) {
            if (lines.get(k).kind() != Kind.BLANK) {
                if (LIST_ITEM.matcher(lines.get(k).text()).find() || lines.get(k).indent() >= 4) {
                    return -1;
                }
                break;
            }
        }
        int end = i;
        int code = 0;
        int prose = 0;
        for (int k = i; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.kind() == null || l.kind() != Kind.BLANK && l.indent() < 4) {
                break;
            }
            if (l.kind() != Kind.BLANK) {
                end = k + 1;
                code += l.code() ? 1 : 0;
                prose += l.kind() == Kind.PROSE ? 1 : 0;
            }
        }
        return code >= 1 && prose * 3 <= end - i ? end : -1;
    }

    /** The end of a run of code lines starting at {@code i} (neutral lines may lead), or {@code i} when none counts. */
    private static int run(List<Line> lines, int i) {
        int k = i;
        while (k < lines.size() && lines.get(k).kind() == Kind.COMMENT) {
            k++;
        }
        if (k >= lines.size() || !lines.get(k).code()) {
            return i;
        }
        int end = k;
        int statements = 0;
        boolean strong = false;
        int openerIndent = -1;
        while (k < lines.size()) {
            Line l = lines.get(k);
            if (l.kind() == null) {
                break;
            }
            Matcher triple = TRIPLE.matcher(l.text().strip());
            if (end > i && triple.find()) {
                k = closeString(lines, k, triple.group(1));
                end = k;
                continue;
            }
            boolean deeper = openerIndent >= 0 && l.kind() != Kind.BLANK && l.indent() > openerIndent;
            if (l.code() || deeper) {
                statements++;
                strong |= l.kind() == Kind.STRONG;
                String t = l.text().strip();
                if (t.endsWith(":") || t.endsWith("{") || t.endsWith("(") || t.endsWith(",") || t.endsWith("\\")) {
                    openerIndent = openerIndent < 0 ? l.indent() : Math.min(openerIndent, l.indent());
                } else if (!deeper) {
                    openerIndent = l.indent() > 0 ? openerIndent : -1;
                }
                end = ++k;
            } else if (l.neutral()) {
                int next = k;
                while (next < lines.size() && lines.get(next).kind() != null && lines.get(next).neutral()) {
                    next++;
                }
                boolean continues = next < lines.size() && lines.get(next).kind() != null
                        && (lines.get(next).code() || openerIndent >= 0 && lines.get(next).indent() > openerIndent);
                if (!continues) {
                    if (l.kind() == Kind.COMMENT) {
                        end = trailingComments(lines, k);
                    }
                    break;
                }
                k = next;
            } else {
                break;
            }
        }
        return strong || statements >= 2 ? end : i;
    }

    private static int closeString(List<Line> lines, int k, String delimiter) {
        String first = lines.get(k).text();
        int open = first.indexOf(delimiter);
        if (first.indexOf(delimiter, open + 3) >= 0) {
            return k + 1;
        }
        for (int j = k + 1; j < lines.size() && lines.get(j).kind() != null; j++) {
            if (lines.get(j).text().contains(delimiter)) {
                return j + 1;
            }
        }
        return k + 1;
    }

    private static int trailingComments(List<Line> lines, int k) {
        int j = k;
        while (j < lines.size() && lines.get(j).kind() == Kind.COMMENT) {
            j++;
        }
        return j;
    }

    private static FencedCode.Kind kind(List<String> body) {
        int python = 0;
        int cLike = 0;
        for (String line : body) {
            if (C_HINT.matcher(line).matches()) {
                cLike++;
            } else if (PYTHON_HINT.matcher(line).find()) {
                python++;
            }
        }
        if (python == 0 && cLike == 0) {
            return FencedCode.Kind.UNKNOWN;
        }
        return python > cLike ? FencedCode.Kind.PYTHON : FencedCode.Kind.C_LIKE;
    }

    private static int lineNumber(String text, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
