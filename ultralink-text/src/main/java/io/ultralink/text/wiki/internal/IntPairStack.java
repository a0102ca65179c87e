package io.ultralink.text.wiki.internal;

import java.util.Arrays;

/** A stack of int pairs in one growable array, for the passes' bookkeeping without boxing. */
final class IntPairStack {

    private int[] pairs = new int[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(int first, int second) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size] = first;
        pairs[size + 1] = second;
        size += 2;
    }

    /** The first value of the top pair. */
    int first() {
        return pairs[size - 2];
    }

    /** The second value of the top pair. */
    int second() {
        return pairs[size - 1];
    }

    void pop() {
        size -= 2;
    }

    void clear() {
        size = 0;
    }
}
