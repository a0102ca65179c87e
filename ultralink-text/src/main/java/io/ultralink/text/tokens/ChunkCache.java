package io.ultralink.text.tokens;

/**
 * A bounded, two-way set-associative map from short text chunks to token counts, used by one thread. The newer
 * entry of a pair sits in the even slot; a new entry pushes the older one out. Lookups compare the chunk's
 * characters in place, so a hit allocates nothing.
 */
final class ChunkCache {

    private final String[] keys;
    private final int[] counts;
    private final int mask;
    private long hits;
    private long misses;

    /** Creates a cache of {@code 2^bits} entries. */
    ChunkCache(int bits) {
        keys = new String[1 << bits];
        counts = new int[1 << bits];
        mask = (1 << bits) - 2;
    }

    /** The cached count of {@code text[from, to)} with this hash, or -1. */
    int get(String text, int from, int to, int hash) {
        int slot = slot(hash);
        int length = to - from;
        String key = keys[slot];
        if (key != null && key.length() == length && key.regionMatches(0, text, from, length)) {
            hits++;
            return counts[slot];
        }
        key = keys[slot + 1];
        if (key != null && key.length() == length && key.regionMatches(0, text, from, length)) {
            hits++;
            return counts[slot + 1];
        }
        misses++;
        return -1;
    }

    /** Stores the count of {@code chunk}, whose hash is {@code hash}, evicting the older entry of its pair. */
    void put(String chunk, int hash, int count) {
        int slot = slot(hash);
        keys[slot + 1] = keys[slot];
        counts[slot + 1] = counts[slot];
        keys[slot] = chunk;
        counts[slot] = count;
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }

    /** The hash of {@code text[from, to)} used by {@link #get} and {@link #put}. */
    static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ h >>> 15) & mask;
    }
}
