package io.ultralink.text.segment.internal;

import java.util.Arrays;

/**
 * Partitions units into consecutive segments whose token sums lie in [min, max] where the unit lengths allow.
 * Each cut goes to the unit boundary nearest an even share of the tokens left, among the boundaries that keep
 * this segment in bounds and leave a remainder that can still be partitioned; so the tail is balanced rather
 * than short. If no boundary qualifies, the longest segment not above max is taken.
 */
public final class SegmentPlanner {

    private SegmentPlanner() {
    }

    /**
     * Returns the unit indexes after which segments end; the last is {@code units.size()}.
     *
     * @param units the units, none above {@code max} tokens
     */
    public static int[] plan(Units units, int min, int max) {
        int m = units.size();
        long[] prefix = new long[m + 1];
        for (int i = 0; i < m; i++) {
            prefix[i + 1] = prefix[i] + units.tokens(i);
        }
        long total = prefix[m];
        int[] cuts = new int[8];
        int count = 0;
        int start = 0;
        while (total - prefix[start] > max) {
            long rest = total - prefix[start];
            long segments = (rest + max - 1) / max;
            double target = prefix[start] + (double) rest / segments;
            int best = -1;
            double bestDiff = Double.MAX_VALUE;
            int longest = start + 1;
            for (int p = start + 1; p < m; p++) {
                long size = prefix[p] - prefix[start];
                if (size > max) {
                    break;
                }
                longest = p;
                if (size < min) {
                    continue;
                }
                long remainder = total - prefix[p];
                long left = segments - 1;
                if (remainder < left * min || remainder > left * max) {
                    continue;
                }
                double diff = Math.abs(prefix[p] - target);
                if (diff < bestDiff) {
                    bestDiff = diff;
                    best = p;
                }
            }
            int cut = best >= 0 ? best : longest;
            if (count == cuts.length) {
                cuts = Arrays.copyOf(cuts, count * 2);
            }
            cuts[count++] = cut;
            start = cut;
        }
        if (count == cuts.length) {
            cuts = Arrays.copyOf(cuts, count + 1);
        }
        cuts[count++] = m;
        return Arrays.copyOf(cuts, count);
    }
}
