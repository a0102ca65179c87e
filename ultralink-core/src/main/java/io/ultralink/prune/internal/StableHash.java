package io.ultralink.prune.internal;

import java.nio.charset.StandardCharsets;

/**
 * Seeded 64-bit hashing of stable ids into uniform numbers: the only source of randomness of the
 * pruner, so a selection depends on the seed and the ids alone. Not API.
 */
public final class StableHash {

    private StableHash() {
    }

    /** A well-mixed 64-bit hash of {@code text} under {@code seed}. */
    public static long hash(long seed, String text) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h ^ mix(seed + 0x9E3779B97F4A7C15L));
    }

    /** The hash as a uniform number in [0, 1). */
    public static double unit(long seed, String text) {
        return toUnit(hash(seed, text));
    }

    /** A 64-bit hash as a uniform number in [0, 1). */
    public static double toUnit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
