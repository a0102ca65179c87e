package io.ultralink.llm.cache;

/**
 * Counters of one {@link ResponseCache} instance.
 *
 * @param hits look-ups that found an answer
 * @param misses look-ups that found none
 * @param writes answers stored
 */
public record CacheStats(long hits, long misses, long writes) {

    /** Hits over look-ups, {@code 0} before any look-up. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
