package io.ultralink.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * A text whose protected spans are replaced by tokens {@code ⟦firstIndex⟧, ⟦firstIndex+1⟧, ...}.
 * Not API.
 *
 * @param text the masked text
 * @param firstIndex the number of the first token
 * @param spans the original spans, in token order
 */
public record MaskedText(String text, int firstIndex, List<String> spans) {

    /** Copies the spans. */
    public MaskedText {
        spans = List.copyOf(spans);
    }

    /** The tokens this text owns. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add("⟦" + (firstIndex + i) + "⟧");
        }
        return out;
    }

    /**
     * Why {@code output} does not carry exactly the tokens of {@code source} once each, or empty when
     * it does. Tokens are counted only among {@code owned}, the tokens that {@code source} contains.
     */
    public static Optional<String> tokenProblem(String source, String output) {
        TreeMap<String, Integer> expected = count(source);
        TreeMap<String, Integer> actual = count(output);
        List<String> problems = new ArrayList<>();
        for (var e : expected.entrySet()) {
            int n = actual.getOrDefault(e.getKey(), 0);
            if (n == 0) {
                problems.add(e.getKey() + " lost");
            } else if (n > e.getValue()) {
                problems.add(e.getKey() + " duplicated");
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                problems.add(k + " unknown");
            }
        }
        String mangled = output.replaceAll("⟦\\d+⟧", "");
        if (mangled.indexOf('⟦') >= 0 || mangled.indexOf('⟧') >= 0) {
            problems.add("altered placeholder");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
    }

    /** {@code output} with this text's tokens replaced by their spans. */
    public String restore(String output) {
        Matcher m = Masker.TOKEN.matcher(output);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1)) - firstIndex;
            m.appendReplacement(sb, Matcher.quoteReplacement(i >= 0 && i < spans.size() ? spans.get(i) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static TreeMap<String, Integer> count(String s) {
        TreeMap<String, Integer> out = new TreeMap<>();
        Matcher m = Masker.TOKEN.matcher(s);
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }
}
