package io.ultralink.text.tokens;

import io.ultralink.error.ConfigurationException;
import io.ultralink.tokens.TokenCounter;
import java.util.Objects;

/**
 * An exact, faster {@link TokenCounter} over a {@link CutAdditiveTokenCounter}: it cuts the text just before each
 * space that follows a non-whitespace character (so {@code "The cat, it's"} becomes {@code "The"}, {@code " cat,"},
 * {@code " it's"}), counts each chunk, and adds the counts, which the delegate's additivity makes equal to its count
 * of the whole text. Chunks of at most {@value #MAX_CACHED_CHUNK} characters are looked up in a bounded per-thread
 * cache of {@value #CACHE_ENTRIES} entries and counted by the delegate only on a miss; longer chunks (text without
 * spaces, such as Chinese) go to the delegate directly.
 *
 * <p>Thread-safe: each thread has its own cache, kept while the thread and this counter live (about 2 MB when
 * full).
 */
public final class CachingTokenCounter implements TokenCounter {

    /** The longest chunk that is cached. */
    public static final int MAX_CACHED_CHUNK = 24;

    /** The number of entries of each thread's cache. */
    public static final int CACHE_ENTRIES = 1 << 15;

    private final TokenCounter delegate;
    private final ThreadLocal<ChunkCache> caches =
            ThreadLocal.withInitial(() -> new ChunkCache(Integer.numberOfTrailingZeros(CACHE_ENTRIES)));

    private CachingTokenCounter(TokenCounter delegate) {
        this.delegate = delegate;
    }

    /**
     * Returns a caching counter over {@code delegate}.
     *
     * @throws ConfigurationException if the delegate does not declare its counts additive before spaces
     */
    public static CachingTokenCounter of(CutAdditiveTokenCounter delegate) {
        Objects.requireNonNull(delegate, "delegate");
        if (!delegate.additiveBeforeSpaces()) {
            throw new ConfigurationException("token counter " + delegate + " does not declare its counts additive"
                    + " before spaces; it cannot be counted in chunks");
        }
        return new CachingTokenCounter(delegate);
    }

    /**
     * Returns {@code counter} itself if it already caches or does not declare additivity before spaces, else a
     * caching counter over it.
     */
    public static TokenCounter cachingIfAdditive(TokenCounter counter) {
        Objects.requireNonNull(counter, "counter");
        if (counter instanceof CutAdditiveTokenCounter additive && additive.additiveBeforeSpaces()) {
            return new CachingTokenCounter(additive);
        }
        return counter;
    }

    @Override
    public int countTokens(String text) {
        return countTokens(Objects.requireNonNull(text, "text"), 0, text.length());
    }

    /** The number of tokens of {@code text.substring(from, to)}, counted without taking the substring. */
    public int countTokens(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        ChunkCache cache = caches.get();
        int total = 0;
        int start = from;
        while (start < to) {
            int end = SpaceCuts.chunkEnd(text, start, to);
            total += countChunk(cache, text, start, end);
            start = end;
        }
        return total;
    }

    private int countChunk(ChunkCache cache, String text, int from, int to) {
        if (to - from > MAX_CACHED_CHUNK) {
            return delegate.countTokens(text.substring(from, to));
        }
        int hash = ChunkCache.hash(text, from, to);
        int count = cache.get(text, from, to, hash);
        if (count < 0) {
            String chunk = text.substring(from, to);
            count = delegate.countTokens(chunk);
            cache.put(chunk, hash, count);
        }
        return count;
    }

    /** The calling thread's cache hits and misses so far (chunks longer than the cached maximum excluded). */
    public long[] cacheHitsAndMissesOfThisThread() {
        ChunkCache cache = caches.get();
        return new long[] {cache.hits(), cache.misses()};
    }

    @Override
    public String encodingName() {
        return delegate.encodingName();
    }

    @Override
    public String toString() {
        return "CachingTokenCounter[" + delegate + "]";
    }
}
