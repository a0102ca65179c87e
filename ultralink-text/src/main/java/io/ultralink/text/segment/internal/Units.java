package io.ultralink.text.segment.internal;

import java.util.Arrays;

/** Consecutive units (sentences or pieces of over-long sentences) of a text: end offsets and token counts. */
public final class Units {

    private int[] ends = new int[64];
    private int[] tokens = new int[64];
    private boolean[] additiveAfter = new boolean[64];
    private int size;
    private long totalTokens;
    private int forcedSplits;

    void add(int end, int tokenCount, boolean additive) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            tokens = Arrays.copyOf(tokens, size * 2);
            additiveAfter = Arrays.copyOf(additiveAfter, size * 2);
        }
        ends[size] = end;
        tokens[size] = tokenCount;
        additiveAfter[size] = additive;
        size++;
        totalTokens += tokenCount;
    }

    void countForcedSplit() {
        forcedSplits++;
    }

    /** Number of units. */
    public int size() {
        return size;
    }

    /** End offset of unit {@code i} (its start is the previous unit's end, or 0). */
    public int end(int i) {
        return ends[i];
    }

    /** Start offset of unit {@code i}. */
    public int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Token count of unit {@code i}. */
    public int tokens(int i) {
        return tokens[i];
    }

    /**
     * Whether the cut after unit {@code i} falls where the tokenizer's pre-tokenization splits anyway, so that
     * the token count of text spanning it is the sum of the counts on either side.
     */
    public boolean additiveAfter(int i) {
        return additiveAfter[i];
    }

    /** Sum of the units' token counts. */
    public long totalTokens() {
        return totalTokens;
    }

    /** How many sentences were longer than the maximum and had to be split inside. */
    public int forcedSplits() {
        return forcedSplits;
    }
}
