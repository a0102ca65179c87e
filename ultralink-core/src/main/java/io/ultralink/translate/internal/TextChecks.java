package io.ultralink.translate.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Heuristic checks that a model translated rather than answered, with a sane length. Not API. */
public final class TextChecks {

    /** Openings of a reply that talks about the translation instead of being one. */
    private static final List<String> PREAMBLES = List.of("here is", "here's", "sure", "certainly", "translation:",
            "the translation", "translated text", "i cannot", "i can't", "as an ai", "voici", "aquí está",
            "aqui esta", "traducción:", "traduction :", "traduction:", "вот перевод", "перевод:", "以下是", "翻译：",
            "译文：", "翻译:");

    private TextChecks() {
    }

    /** The text without mask tokens. */
    public static String prose(String masked) {
        return Masker.TOKEN.matcher(masked).replaceAll(" ").strip();
    }

    /** Why {@code output} looks like an answer or a comment rather than a translation of {@code source}. */
    public static Optional<String> answeredProblem(String source, String output) {
        String s = prose(source);
        String o = prose(output);
        String lower = o.toLowerCase(Locale.ROOT);
        String sourceLower = s.toLowerCase(Locale.ROOT);
        for (String p : PREAMBLES) {
            if (lower.startsWith(p) && !sourceLower.startsWith(p)) {
                return Optional.of("reply opens like a comment ('" + p + "')");
            }
        }
        if (hasQuestionMark(s) && !hasQuestionMark(o)) {
            return Optional.of("the source asks a question but the reply has no question mark");
        }
        int sp = paragraphs(s);
        int op = paragraphs(o);
        if (op > 2 * sp + 1) {
            return Optional.of("reply has " + op + " paragraphs for " + sp + " in the source");
        }
        if (s.split("\\s+").length >= 4 && o.equals(s)) {
            return Optional.of("reply repeats the source unchanged");
        }
        List<String> copied = longestCopiedRun(words(s), words(o));
        if (copied.size() >= COPIED_WORDS) {
            return Optional.of("reply copies " + copied.size() + " words of the source untranslated: '"
                    + String.join(" ", copied) + "'");
        }
        return Optional.empty();
    }

    /** A run of this many source words in a row, unchanged in the reply, means part of it was left untranslated. */
    static final int COPIED_WORDS = 8;

    private static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /** The longest run of consecutive words of {@code source} that also stands, in order, in {@code reply}. */
    static List<String> longestCopiedRun(List<String> source, List<String> reply) {
        int[] previous = new int[reply.size() + 1];
        int best = 0;
        int bestEnd = 0;
        for (int i = 1; i <= source.size(); i++) {
            int[] current = new int[reply.size() + 1];
            for (int j = 1; j <= reply.size(); j++) {
                if (source.get(i - 1).equals(reply.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    if (current[j] > best) {
                        best = current[j];
                        bestEnd = i;
                    }
                }
            }
            previous = current;
        }
        return source.subList(bestEnd - best, bestEnd);
    }

    /**
     * Why the UTF-8 size of {@code output}'s prose is out of [{@code min}, {@code max}] times the
     * source's; texts under {@code minBytes} are not judged.
     */
    public static Optional<String> ratioProblem(String source, String output, double min, double max, int minBytes) {
        int s = prose(source).getBytes(StandardCharsets.UTF_8).length;
        int o = prose(output).getBytes(StandardCharsets.UTF_8).length;
        if (s < minBytes) {
            return Optional.empty();
        }
        double ratio = (double) o / s;
        if (ratio < min || ratio > max) {
            return Optional.of(String.format(Locale.ROOT, "length ratio %.2f outside [%.2f, %.2f]", ratio, min, max));
        }
        return Optional.empty();
    }

    /** The number of letters in {@code text}. */
    public static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasQuestionMark(String s) {
        return s.indexOf('?') >= 0 || s.indexOf('？') >= 0 || s.indexOf('¿') >= 0;
    }

    private static int paragraphs(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\n\\s*\\n").length;
    }
}
