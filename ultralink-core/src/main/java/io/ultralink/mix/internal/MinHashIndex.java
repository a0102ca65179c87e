package io.ultralink.mix.internal;

import io.ultralink.internal.TextShingles;
import io.ultralink.prune.internal.StableHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures of character shingles: {@value #BANDS} bands of
 * {@value #ROWS} rows, so pairs with a Jaccard similarity near 0.5 or more become candidates with high
 * probability, and every candidate is then confirmed on the exact Jaccard similarity of its shingle sets.
 * Written here (about a hundred lines) rather than taken from a library: info.debatty java-lsh draws its hash
 * coefficients at random per instance (results change between runs), org.codelibs minhash and Lucene's
 * MinHashFilter bring the Lucene analysis stack into core; seeded, dependency-free hashing keeps runs
 * reproducible. Not thread-safe. Not API.
 */
public final class MinHashIndex {

    static final int BANDS = 16;
    static final int ROWS = 4;
    static final int SHINGLE = 4;

    private final double threshold;
    private final List<Set<String>> kept = new ArrayList<>();
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

    /** An empty index that calls two texts near duplicates at shingle Jaccard {@code threshold} or more. */
    public MinHashIndex(double threshold) {
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /**
     * The index of a kept text that {@code text} nearly duplicates, or empty after adding {@code text} as
     * kept. Texts too short for one shingle are never near duplicates (the exact pass handles them).
     */
    public Optional<Integer> addOrMatch(String text) {
        Set<String> shingles = TextShingles.of(text, SHINGLE);
        long[] signature = signature(shingles);
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = StableHash.mix(h * 31 + signature[b * ROWS + r]);
            }
            keys[b] = h;
            for (int candidate : buckets.get(b).getOrDefault(h, List.of())) {
                if (TextShingles.jaccard(shingles, kept.get(candidate)) >= threshold) {
                    return Optional.of(candidate);
                }
            }
        }
        int id = kept.size();
        kept.add(shingles);
        for (int b = 0; b < BANDS; b++) {
            buckets.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>()).add(id);
        }
        return Optional.empty();
    }

    private static long[] signature(Set<String> shingles) {
        long[] sig = new long[BANDS * ROWS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (String s : shingles) {
            long base = StableHash.hash(0, s);
            for (int i = 0; i < sig.length; i++) {
                long h = StableHash.mix(base + 0x9E3779B97F4A7C15L * (i + 1));
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }
}
