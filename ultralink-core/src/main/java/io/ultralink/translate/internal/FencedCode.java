package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced code blocks of a Markdown text, and the natural language inside them: the comments (and
 * docstrings) of a block whose fence names a language recognised safely. Everything else in a block
 * is code and must stay byte-identical. Not API.
 */
public final class FencedCode {

    /** A fenced block: opening line, body, closing fence (group 1 is the fence). */
    public static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*(```|~~~)([^\\n]*)\\n(.*?)^[ \\t]*\\1[ \\t]*$");

    private static final Set<String> PYTHON = Set.of("python", "py", "python3", "py3");
    private static final Set<String> C_LIKE = Set.of("c", "h", "cpp", "c++", "cc", "cxx", "hpp", "java", "javascript",
            "js", "jsx", "typescript", "ts", "tsx", "cs", "csharp", "c#", "go", "golang", "rust", "rs", "kotlin", "kt",
            "swift", "scala", "dart");

    /** How the comments of a block are found. */
    public enum Kind {
        /** {@code #} comments and docstrings. */
        PYTHON,
        /** {@code //} and {@code /* *}{@code /} whole-line comments. */
        C_LIKE,
        /** Not recognised: the block is copied verbatim. */
        UNKNOWN
    }

    /**
     * One block.
     *
     * @param start offset of the block in the text
     * @param end offset after the closing fence
     * @param info the info string after the opening fence, stripped
     * @param body the lines between the fences, with their terminators
     */
    public record Block(int start, int end, String info, String body) {

        /** The recognised language family of the block. */
        public Kind kind() {
            String word = info.isEmpty() ? "" : info.split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT);
            if (PYTHON.contains(word)) {
                return Kind.PYTHON;
            }
            return C_LIKE.contains(word) ? Kind.C_LIKE : Kind.UNKNOWN;
        }

        /** Why the block's comments are not translated, or empty when they can be. */
        public Optional<String> notTranslated() {
            return switch (kind()) {
                case PYTHON -> Optional.empty();
                case C_LIKE -> CLikeSource.unsafe(body);
                case UNKNOWN -> Optional.of(info.isEmpty() ? "no language named" : "language '" + info + "' not recognised");
            };
        }

        /** The body's pieces: comment prose between fixed code (one fixed piece when not translated). */
        public List<Piece> pieces() {
            if (notTranslated().isPresent()) {
                return List.of(Piece.fixed(body));
            }
            return kind() == Kind.PYTHON ? PythonSource.split(body) : CLikeSource.split(body);
        }

        /** The function names the body defines (Python only), to protect in comments. */
        public List<String> definedNames() {
            return kind() == Kind.PYTHON ? PythonSource.definedNames(body) : List.of();
        }
    }

    private FencedCode() {
    }

    /** The fenced blocks of {@code text}, in order. */
    public static List<Block> find(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            out.add(new Block(m.start(), m.end(), m.group(2).strip(), m.group(3)));
        }
        return out;
    }

    /**
     * Why the fenced code of {@code translated} differs from {@code source}'s, or empty: the same
     * number of blocks with the same fences; a translatable block keeps every code line (and, for
     * Python, its function names); any other block is byte-identical.
     */
    public static Optional<String> problem(String source, String translated) {
        List<Block> want = find(source);
        List<Block> got = find(translated);
        if (want.size() != got.size()) {
            return Optional.of(want.size() + " fenced code blocks became " + got.size());
        }
        for (int i = 0; i < want.size(); i++) {
            Block w = want.get(i);
            Block g = got.get(i);
            String where = "fenced block " + (i + 1) + ": ";
            if (!fences(source, w).equals(fences(translated, g))) {
                return Optional.of(where + "fence changed");
            }
            Optional<String> p = blockProblem(w, g);
            if (p.isPresent()) {
                return Optional.of(where + p.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> blockProblem(Block want, Block got) {
        if (want.notTranslated().isPresent()) {
            return want.body().equals(got.body()) ? Optional.empty() : Optional.of("changed (its comments are not translated)");
        }
        if (want.kind() == Kind.PYTHON) {
            return CodeComparison.problem(want.body(), got.body(), true, null);
        }
        return CodeComparison.lineDifference(CLikeSource.codeLines(want.body()), CLikeSource.codeLines(got.body()));
    }

    /** The opening and closing fence lines of {@code b} in {@code text}. */
    private static List<String> fences(String text, Block b) {
        int bodyStart = text.indexOf('\n', b.start()) + 1;
        return List.of(text.substring(b.start(), bodyStart), text.substring(bodyStart + b.body().length(), b.end()));
    }
}
