package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a maths item's final answer ({@code The answer is: N}, {@code #### N}, {@code \boxed{N}})
 * and the numbers of a text. Not API.
 */
public final class FinalAnswers {

    private static final Pattern BOXED = Pattern.compile("\\\\boxed\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern HASHES = Pattern.compile("(?m)^\\s*####\\s*(.+?)\\s*$");
    private static final Pattern ANSWER_IS = Pattern.compile("(?i)the answer is:?\\s*(.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Where and what the final answer is. */
    public record Answer(String kind, String value) {
    }

    private FinalAnswers() {
    }

    /** The last final answer of {@code text}, if it states one. */
    public static Optional<Answer> find(String text) {
        Answer found = null;
        int at = -1;
        for (Object[] p : new Object[][] {{BOXED, "\\boxed"}, {HASHES, "####"}, {ANSWER_IS, "the answer is"}}) {
            Matcher m = ((Pattern) p[0]).matcher(text);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    found = new Answer((String) p[1], m.group(1));
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The digit runs of {@code text} (thousands or decimal separators do not matter), sorted. */
    public static List<String> digitRuns(String text) {
        List<String> out = inOrder(text);
        out.sort(null);
        return out;
    }

    /**
     * Why {@code translation} does not keep {@code source}'s final answer, or empty when it does: the
     * answer's digits must be the last digits of the translation, and a {@code \boxed} or
     * {@code ####} answer must stay verbatim.
     */
    public static Optional<String> problem(Answer source, String translation) {
        if (!source.kind().equals("the answer is") && !translation.contains(source.value())) {
            return Optional.of("final answer " + source.kind() + " '" + source.value() + "' missing");
        }
        List<String> want = inOrder(source.value());
        List<String> got = inOrder(translation);
        if (want.isEmpty()) {
            return translation.contains(source.value()) ? Optional.empty()
                    : Optional.of("final answer '" + source.value() + "' missing");
        }
        if (got.size() < want.size() || !got.subList(got.size() - want.size(), got.size()).equals(want)) {
            return Optional.of("final answer '" + source.value() + "' is not the last number of the translation");
        }
        return Optional.empty();
    }

    private static List<String> inOrder(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
