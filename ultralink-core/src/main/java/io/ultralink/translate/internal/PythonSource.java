package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Python source into code, copied byte for byte, and natural language: whole-line comments
 * and the prose lines of docstrings (doctest lines {@code >>>} and their expected output stay code).
 * Not API.
 */
public final class PythonSource {

    private static final Pattern DOC_OPEN = Pattern.compile("^([ \\t]*)([rRuU]?)(\"\"\"|''')([ \\t]*)");
    private static final Pattern COMMENT = Pattern.compile("^([ \\t]*#+[ \\t]?)(\\S.*)$");
    private static final Pattern DEF = Pattern.compile("(?m)^[ \\t]*(?:async[ \\t]+)?def[ \\t]+([A-Za-z_]\\w*)[ \\t]*\\(");

    private static final Pattern CODE_START = Pattern.compile(
            "^(?:return|import|from|def|class|for|while|if|elif|assert|print\\(|lambda)\\b(?!\\s+(?:a|an|the|each|all|every|you|we|it|this|that)\\b)");

    private PythonSource() {
    }

    /** The pieces of {@code source}: prose units between fixed code. */
    public static List<Piece> split(String source) {
        return SourceLine.pieces(classify(source), "#", String::isBlank);
    }

    /** The non-blank lines that are code (everything but comment and docstring prose), in order. */
    public static List<String> codeLines(String source) {
        List<String> out = new ArrayList<>();
        for (SourceLine line : classify(source)) {
            boolean comment = !line.isCode() && line.prefix().trim().startsWith("#");
            String text = line.isCode() ? line.prefix() : line.prefix().strip() + "\u0000" + line.suffix().strip();
            if (!comment && !text.isBlank() && !text.equals("\u0000")) {
                out.add(text.strip());
            }
        }
        return out;
    }

    /** The names of the functions {@code source} defines. */
    public static List<String> definedNames(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = DEF.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Each physical line (with its terminator) as code, or prefix + prose + suffix. */
    private static List<SourceLine> classify(String source) {
        List<SourceLine> out = new ArrayList<>();
        String delim = null;
        boolean codeString = false;
        boolean afterDoctest = false;
        for (String raw : SourceLine.physicalLines(source)) {
            String body = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
            String eol = raw.substring(body.length());
            if (codeString) {
                out.add(SourceLine.code(raw));
                if (countTriple(body) % 2 == 1) {
                    codeString = false;
                }
                continue;
            }
            if (delim == null) {
                Matcher open = DOC_OPEN.matcher(body);
                Matcher comment = COMMENT.matcher(body);
                if (open.find()) {
                    String d = open.group(3);
                    String rest = body.substring(open.end());
                    int close = rest.indexOf(d);
                    String prefix = body.substring(0, open.end());
                    if (close >= 0) {
                        String prose = rest.substring(0, close);
                        out.add(proseOrCode(raw, prefix, prose.stripTrailing(),
                                rest.substring(prose.stripTrailing().length()) + eol));
                    } else {
                        delim = d;
                        afterDoctest = false;
                        String prose = rest.stripTrailing();
                        out.add(proseOrCode(raw, prefix, prose, rest.substring(prose.length()) + eol));
                    }
                } else if (comment.matches() && !comment.group(2).startsWith("!")) {
                    out.add(new SourceLine(comment.group(1), comment.group(2).stripTrailing(),
                            comment.group(2).substring(comment.group(2).stripTrailing().length()) + eol));
                } else {
                    out.add(SourceLine.code(raw));
                    if (countTriple(body) % 2 == 1) {
                        codeString = true;
                    }
                }
                continue;
            }
            int close = body.indexOf(delim);
            String content = close >= 0 ? body.substring(0, close) : body;
            String suffix = (close >= 0 ? body.substring(close) : "") + eol;
            String stripped = content.strip();
            String indent = SourceLine.leadingWhitespace(content);
            if (close >= 0) {
                delim = null;
            }
            if (stripped.isEmpty()) {
                out.add(SourceLine.code(raw));
                afterDoctest = false;
            } else if (stripped.startsWith(">>>") || stripped.startsWith("...") && afterDoctest) {
                out.add(SourceLine.code(raw));
                afterDoctest = true;
            } else if (afterDoctest || looksLikeCode(stripped)) {
                out.add(SourceLine.code(raw));
            } else {
                String prose = content.substring(indent.length()).stripTrailing();
                out.add(proseOrCode(raw, indent, prose, content.substring(indent.length() + prose.length()) + suffix));
            }
        }
        return out;
    }

    private static SourceLine proseOrCode(String raw, String prefix, String prose, String suffix) {
        String t = prose.strip();
        return t.isEmpty() || looksLikeCode(t) ? SourceLine.code(raw) : new SourceLine(prefix, prose, suffix);
    }

    /** Whether a docstring line is a statement or a formula rather than a sentence (such lines stay code). */
    static boolean looksLikeCode(String stripped) {
        if (CODE_START.matcher(stripped).find()) {
            return true;
        }
        int letters = 0;
        int other = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return letters < other;
    }

    private static int countTriple(String body) {
        int n = 0;
        for (String d : new String[] {"\"\"\"", "'''"}) {
            int k = body.indexOf(d);
            while (k >= 0) {
                n++;
                k = body.indexOf(d, k + 3);
            }
        }
        return n;
    }
}
