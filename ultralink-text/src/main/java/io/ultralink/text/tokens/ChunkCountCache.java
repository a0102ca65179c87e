package io.ultralink.text.tokens;

/**
 * A direct-mapped cache of token counts of short chunks ({@code " word,"}), keyed by their characters, which are
 * stored and compared in full, so a hit is always exact. Natural text repeats its frequent words often enough that
 * most chunks are found here instead of being byte-pair encoded again. One instance per thread.
 */
final class ChunkCountCache {

    /** Longest chunk kept, in characters. */
    static final int MAX_KEY = 16;

    /** Returned by {@link #get} when the chunk is not in the cache. */
    static final int MISS = Integer.MIN_VALUE;

    private final int mask;
    private final char[] keys;
    /** One more than the length of the chunk in each slot; 0 for an empty slot. */
    private final byte[] lengths;
    private final int[] counts;

    /** Creates a cache of {@code 2^bits} entries. */
    ChunkCountCache(int bits) {
        int size = 1 << bits;
        this.mask = size - 1;
        this.keys = new char[size * MAX_KEY];
        this.lengths = new byte[size];
        this.counts = new int[size];
    }

    /** The count stored for {@code text[from, to)} (at most {@link #MAX_KEY} characters), or {@link #MISS}. */
    int get(char[] text, int from, int to, int hash) {
        int slot = hash & mask;
        int length = to - from;
        if (lengths[slot] != length + 1) {
            return MISS;
        }
        int key = slot * MAX_KEY;
        for (int i = 0; i < length; i++) {
            if (keys[key + i] != text[from + i]) {
                return MISS;
            }
        }
        return counts[slot];
    }

    /** Stores the count of {@code text[from, to)}, replacing whatever chunk had the same slot. */
    void put(char[] text, int from, int to, int hash, int count) {
        int slot = hash & mask;
        System.arraycopy(text, from, keys, slot * MAX_KEY, to - from);
        lengths[slot] = (byte) (to - from + 1);
        counts[slot] = count;
    }

    /** A hash of {@code text[from, to)} whose low bits spread well. */
    static int hash(char[] text, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        return (h * 0x9E3779B9) >>> 7 ^ h;
    }
}
