package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the source of a C-like language (C, C++, Java, JavaScript, Go, Rust, ...) into code, copied
 * byte for byte, and the prose of whole-line comments: {@code //} lines and {@code /* ... *}{@code /}
 * blocks that hold nothing else. A comment after code on the same line stays code, and so does a
 * block-comment line starting with {@code @} (Javadoc tags name parameters). Not API.
 */
public final class CLikeSource {

    private static final Pattern LINE_COMMENT = Pattern.compile("^([ \\t]*//+!?[ \\t]?)(\\S.*)$");
    private static final Pattern BLOCK_OPEN = Pattern.compile("^([ \\t]*/\\*+!?[ \\t]?)(.*)$");
    private static final Pattern BLOCK_INNER = Pattern.compile("^([ \\t]*(?:\\*(?!/)[ \\t]?)?)(.*)$");
    /** Multi-line string literals, inside which a comment marker is no comment: such sources are not split. */
    private static final Pattern MULTILINE_STRING = Pattern.compile("`|\"\"\"|R\"[^(\\s]*\\(|\\br#*\"|@\"");

    private CLikeSource() {
    }

    /**
     * Why {@code source} cannot be split safely, or empty when it can: it may hold a multi-line string,
     * or a {@code /*} left open after code (a comment after code, or inside a string).
     */
    public static Optional<String> unsafe(String source) {
        Matcher m = MULTILINE_STRING.matcher(source);
        if (m.find()) {
            return Optional.of("may hold a multi-line string ('" + m.group() + "')");
        }
        for (String line : source.split("\n")) {
            int open = line.indexOf("/*");
            if (open >= 0 && line.indexOf("*/", open + 2) < 0 && !line.strip().startsWith("/*") && !line.strip().startsWith("*")
                    && !line.strip().startsWith("//")) {
                return Optional.of("'/*' after code: " + line.strip());
            }
        }
        return Optional.empty();
    }

    /** The pieces of {@code source}: comment prose between fixed code. */
    public static List<Piece> split(String source) {
        return SourceLine.pieces(classify(source), "//", CLikeSource::isStarPrefix);
    }

    /** The non-blank lines that are code (comment prose lines left out), without terminators, in order. */
    public static List<String> codeLines(String source) {
        List<String> out = new ArrayList<>();
        for (SourceLine line : classify(source)) {
            if (line.isCode() && !line.prefix().isBlank()) {
                out.add(line.prefix().replaceFirst("\\r?\\n$", ""));
            }
        }
        return out;
    }

    private static boolean isStarPrefix(String prefix) {
        return prefix.strip().isEmpty() || prefix.strip().equals("*");
    }

    private static List<SourceLine> classify(String source) {
        List<SourceLine> out = new ArrayList<>();
        boolean inBlock = false;
        for (String raw : SourceLine.physicalLines(source)) {
            String body = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
            String eol = raw.substring(body.length());
            if (inBlock) {
                int close = body.indexOf("*/");
                if (close >= 0) {
                    inBlock = false;
                    out.add(body.substring(close + 2).isBlank() ? prose(BLOCK_INNER, body.substring(0, close),
                            body.substring(close) + eol, raw) : SourceLine.code(raw));
                } else {
                    out.add(prose(BLOCK_INNER, body, eol, raw));
                }
                continue;
            }
            Matcher line = LINE_COMMENT.matcher(body);
            Matcher open = BLOCK_OPEN.matcher(body);
            if (line.matches()) {
                String text = line.group(2);
                out.add(new SourceLine(line.group(1), text.stripTrailing(), text.substring(text.stripTrailing().length()) + eol));
            } else if (open.matches()) {
                int close = body.indexOf("*/", open.end(1));
                if (close < 0) {
                    inBlock = true;
                    out.add(prose(BLOCK_OPEN, body, eol, raw));
                } else if (body.substring(close + 2).isBlank()) {
                    out.add(prose(BLOCK_OPEN, body.substring(0, close), body.substring(close) + eol, raw));
                } else {
                    out.add(SourceLine.code(raw));
                }
            } else {
                out.add(SourceLine.code(raw));
            }
        }
        return out;
    }

    /** {@code text} (a comment line without its closing) as prefix + prose + suffix, or code when empty or a tag. */
    private static SourceLine prose(Pattern shape, String text, String suffix, String raw) {
        Matcher m = shape.matcher(text);
        if (!m.matches()) {
            return SourceLine.code(raw);
        }
        String prose = m.group(2).stripTrailing();
        if (prose.isEmpty() || prose.startsWith("@") || PythonSource.looksLikeCode(prose)) {
            return SourceLine.code(raw);
        }
        return new SourceLine(m.group(1), prose, m.group(2).substring(prose.length()) + suffix);
    }
}
