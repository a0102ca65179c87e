package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces spans that must survive translation unchanged (code, LaTeX, URLs, placeholders, ...) by
 * tokens {@code ⟦N⟧} and puts them back afterwards. Not API.
 */
public final class Masker {

    /** The token shape. */
    public static final Pattern TOKEN = Pattern.compile("⟦(\\d+)⟧");

    /** Existing tokens (masked first, so numbering never collides), fenced code, inline code, LaTeX, URLs, placeholders: masked in every text. */
    public static final List<Pattern> STANDARD = List.of(
            Pattern.compile("⟦\\d+⟧"),
            FencedCode.FENCE,
            Pattern.compile("`[^`\\n]+`"),
            Pattern.compile("(?s)\\$\\$.+?\\$\\$"),
            Pattern.compile("(?s)\\\\\\[.+?\\\\\\]"),
            Pattern.compile("(?s)\\\\\\(.+?\\\\\\)"),
            Pattern.compile("\\$[^\\s$](?:[^$\\n]*[^\\s$])?\\$(?!\\d)"),
            Pattern.compile("\\\\boxed\\{(?:[^{}]|\\{[^{}]*\\})*\\}"),
            Pattern.compile("\\b(?:https?|ftp)://[^\\s<>\"')\\]]+[^\\s<>\"')\\].,;:!?]"),
            Pattern.compile("\\{\\{[^{}\\n]*\\}\\}|\\{[A-Za-z_][A-Za-z0-9_]*\\}|\\{\\d+\\}|%\\([A-Za-z_]\\w*\\)[sdf]|%[sd]"));

    /** Code-like spans inside the prose of source code: calls, quoted literals, lists, snake_case names. */
    public static final List<Pattern> CODE_PROSE = List.of(
            Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_.]*\\((?:[^()\\n]|\\([^()\\n]*\\))*\\)"),
            Pattern.compile("\"[^\"\\n]*\"|(?<![A-Za-z])'[^'\\n]*'(?![A-Za-z])"),
            Pattern.compile("\\[[^\\[\\]\\n]*\\]"),
            Pattern.compile("@[A-Za-z_]\\w*"),
            Pattern.compile("\\b[A-Za-z0-9]*_[A-Za-z0-9_]*\\b"));

    private Masker() {
    }

    /**
     * Masks {@code text}.
     *
     * @param text the text
     * @param patterns patterns applied in order; spans of later patterns never overlap earlier ones
     * @param extraWords whole words to mask as well (function names of a code item)
     * @param firstIndex the number of the first token
     */
    public static MaskedText mask(String text, List<Pattern> patterns, List<String> extraWords, int firstIndex) {
        List<String> spans = new ArrayList<>();
        String current = text;
        List<Pattern> all = new ArrayList<>(patterns);
        for (String w : extraWords) {
            all.add(Pattern.compile("\\b" + Pattern.quote(w) + "\\b"));
        }
        for (Pattern p : all) {
            Matcher m = p.matcher(current);
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                sb.append(current, last, m.start());
                String original = restoreAll(m.group(), spans, firstIndex);
                sb.append('⟦').append(firstIndex + spans.size()).append('⟧');
                spans.add(original);
                last = m.end();
            }
            sb.append(current.substring(last));
            current = sb.toString();
        }
        return new MaskedText(current, firstIndex, spans);
    }

    private static String restoreAll(String s, List<String> spans, int firstIndex) {
        return new MaskedText(s, firstIndex, spans).restore(s);
    }
}
