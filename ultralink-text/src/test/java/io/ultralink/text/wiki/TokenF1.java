package io.ultralink.text.wiki;

import java.util.HashMap;
import java.util.Map;

/** Token-level F1 of two texts: words for alphabetic scripts, single characters for CJK. */
final class TokenF1 {

    private TokenF1() {
    }

    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> bag = new HashMap<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isIdeographic(cp)) {
                flush(word, bag);
                bag.merge(new String(Character.toChars(cp)), 1, Integer::sum);
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                flush(word, bag);
            }
        });
        flush(word, bag);
        return bag;
    }

    private static void flush(StringBuilder word, Map<String, Integer> bag) {
        if (word.length() > 0) {
            bag.merge(word.toString(), 1, Integer::sum);
            word.setLength(0);
        }
    }

    /** Returns {precision, recall, f1} of {@code candidate} against {@code reference}, summed over pairs. */
    static long[] counts(String candidate, String reference) {
        Map<String, Integer> c = tokens(candidate);
        Map<String, Integer> r = tokens(reference);
        long overlap = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        long cTotal = c.values().stream().mapToLong(Integer::longValue).sum();
        long rTotal = r.values().stream().mapToLong(Integer::longValue).sum();
        return new long[] {overlap, cTotal, rTotal};
    }

    static double f1(long overlap, long candidate, long reference) {
        double p = candidate == 0 ? 0 : (double) overlap / candidate;
        double r = reference == 0 ? 0 : (double) overlap / reference;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
