package io.ultralink.stats;

import java.util.Arrays;

/**
 * Counts of token lengths in buckets of a fixed width; lengths past the last bucket land in it.
 * Not thread-safe while being filled.
 */
public final class LengthHistogram {

    /** Default bucket width in tokens. */
    public static final int DEFAULT_WIDTH = 16;
    /** Default number of buckets (covering 0..4095 tokens). */
    public static final int DEFAULT_BUCKETS = 256;

    private final int width;
    private final long[] counts;
    private long total;
    private long sum;

    /**
     * @param width bucket width in tokens, at least 1
     * @param buckets number of buckets, at least 1
     */
    public LengthHistogram(int width, int buckets) {
        if (width < 1 || buckets < 1) {
            throw new IllegalArgumentException("width and buckets must be >= 1, were " + width + ", " + buckets);
        }
        this.width = width;
        this.counts = new long[buckets];
    }

    /** @return an empty histogram with the default buckets */
    public static LengthHistogram standard() {
        return new LengthHistogram(DEFAULT_WIDTH, DEFAULT_BUCKETS);
    }

    /**
     * Adds one length.
     *
     * @param tokens the length, at least 0
     */
    public void add(int tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must be >= 0, was " + tokens);
        }
        counts[Math.min(counts.length - 1, tokens / width)]++;
        total++;
        sum += tokens;
    }

    /** @return bucket width in tokens */
    public int width() {
        return width;
    }

    /** @return a copy of the counts, bucket i holding lengths [i*width, (i+1)*width) */
    public long[] counts() {
        return Arrays.copyOf(counts, counts.length);
    }

    /** @return how many lengths were added */
    public long total() {
        return total;
    }

    /** @return the mean length, 0 when empty */
    public double mean() {
        return total == 0 ? 0 : (double) sum / total;
    }

    /** @return the index of the last non-empty bucket, -1 when empty */
    public int lastUsedBucket() {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return -1;
    }
}
