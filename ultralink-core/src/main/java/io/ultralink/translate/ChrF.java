package io.ultralink.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The character n-gram F-score (Popović 2015) as sacreBLEU computes it: whitespace removed,
 * character n-grams of orders 1 to {@code charOrder} counted as multisets over code points, and,
 * by default, precision and recall averaged over the orders that both texts have before one
 * F-beta is taken (sacreBLEU's default, {@code eps_smoothing=False}). With {@link #epsilonSmoothing}
 * the F-scores of every order are averaged instead, as chrF++.py does. Scores are 0 to 100.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * double s = ChrF.standard().sentence(hypothesis, reference);   // chrF2, 6 character orders
 * }</pre>
 *
 * @param charOrder the largest character n-gram order ({@code >= 1}; 6 in chrF)
 * @param beta the weight of recall over precision ({@code > 0}; 2 in chrF)
 * @param epsilonSmoothing average per-order F-scores (chrF++.py) instead of precision and recall
 */
public record ChrF(int charOrder, double beta, boolean epsilonSmoothing) {

    private static final double EPS = 1e-16;

    /** Validates the parameters. */
    public ChrF {
        if (charOrder < 1) {
            throw new IllegalArgumentException("charOrder must be >= 1, was " + charOrder);
        }
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta must be > 0, was " + beta);
        }
    }

    /** chrF2 with six character orders and sacreBLEU's default averaging. */
    public static ChrF standard() {
        return new ChrF(6, 2, false);
    }

    /** The score of one hypothesis against one reference. */
    public double sentence(String hypothesis, String reference) {
        return score(statistics(hypothesis, reference));
    }

    /** The corpus score: statistics of every pair summed, then one score (not a mean of sentence scores). */
    public double corpus(List<String> hypotheses, List<String> references) {
        if (hypotheses.size() != references.size()) {
            throw new IllegalArgumentException(hypotheses.size() + " hypotheses but " + references.size() + " references");
        }
        long[] total = new long[3 * charOrder];
        for (int i = 0; i < hypotheses.size(); i++) {
            long[] s = statistics(hypotheses.get(i), references.get(i));
            for (int k = 0; k < total.length; k++) {
                total[k] += s[k];
            }
        }
        return score(total);
    }

    /** Per order n (1-based), at 3(n-1): hypothesis n-grams, reference n-grams, matched n-grams. */
    long[] statistics(String hypothesis, String reference) {
        int[] hyp = withoutWhitespace(Objects.requireNonNull(hypothesis, "hypothesis"));
        int[] ref = withoutWhitespace(Objects.requireNonNull(reference, "reference"));
        long[] out = new long[3 * charOrder];
        for (int n = 1; n <= charOrder; n++) {
            Map<String, Integer> h = ngrams(hyp, n);
            Map<String, Integer> r = ngrams(ref, n);
            long matched = 0;
            for (Map.Entry<String, Integer> e : h.entrySet()) {
                matched += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
            }
            int base = 3 * (n - 1);
            out[base] = Math.max(0, hyp.length - n + 1);
            out[base + 1] = Math.max(0, ref.length - n + 1);
            out[base + 2] = matched;
        }
        return out;
    }

    private double score(long[] stats) {
        double factor = beta * beta;
        double smoothed = 0;
        double precision = 0;
        double recall = 0;
        int effective = 0;
        for (int i = 0; i < charOrder; i++) {
            long hyp = stats[3 * i];
            long ref = stats[3 * i + 1];
            long match = stats[3 * i + 2];
            double p = hyp > 0 ? (double) match / hyp : EPS;
            double r = ref > 0 ? (double) match / ref : EPS;
            double denominator = factor * p + r;
            smoothed += denominator > 0 ? (1 + factor) * p * r / denominator : EPS;
            if (hyp > 0 && ref > 0) {
                precision += p;
                recall += r;
                effective++;
            }
        }
        if (epsilonSmoothing) {
            return 100 * smoothed / charOrder;
        }
        if (effective == 0) {
            return 0;
        }
        precision /= effective;
        recall /= effective;
        if (precision + recall == 0) {
            return 0;
        }
        return 100 * (1 + factor) * precision * recall / (factor * precision + recall);
    }

    private static int[] withoutWhitespace(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).toArray();
    }

    private static Map<String, Integer> ngrams(int[] cps, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            out.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return out;
    }
}
