package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ChunkCountCache}: a hit returns exactly what was stored for the same characters, nothing else. */
class ChunkCountCacheTest {

    private static int get(ChunkCountCache cache, String chunk) {
        char[] chars = ("##" + chunk).toCharArray();
        return cache.get(chars, 2, chars.length, ChunkCountCache.hash(chars, 2, chars.length));
    }

    private static void put(ChunkCountCache cache, String chunk, int count) {
        char[] chars = chunk.toCharArray();
        cache.put(chars, 0, chars.length, ChunkCountCache.hash(chars, 0, chars.length), count);
    }

    @Test
    void get_afterPut_returnsTheCountForTheSameCharactersAtAnyOffset() {
        ChunkCountCache cache = new ChunkCountCache(4);
        put(cache, " word,", 2);
        put(cache, " Москва", 3);
        assertThat(get(cache, " word,")).isEqualTo(2);
        assertThat(get(cache, " Москва")).isEqualTo(3);
    }

    @Test
    void get_neverStored_misses() {
        ChunkCountCache cache = new ChunkCountCache(4);
        assertThat(get(cache, " word")).isEqualTo(ChunkCountCache.MISS);
        assertThat(get(cache, "")).isEqualTo(ChunkCountCache.MISS);
    }

    @Test
    void get_sameSlotDifferentCharactersOrLength_misses() {
        ChunkCountCache cache = new ChunkCountCache(0);
        put(cache, "abcd", 1);
        assertThat(get(cache, "abce")).isEqualTo(ChunkCountCache.MISS);
        assertThat(get(cache, "abc")).isEqualTo(ChunkCountCache.MISS);
        assertThat(get(cache, "abcde")).isEqualTo(ChunkCountCache.MISS);
        assertThat(get(cache, "abcd")).isEqualTo(1);
    }

    @Test
    void put_sameSlot_replacesTheOlderChunk() {
        ChunkCountCache cache = new ChunkCountCache(0);
        put(cache, " first", 1);
        put(cache, " second!", 2);
        assertThat(get(cache, " first")).isEqualTo(ChunkCountCache.MISS);
        assertThat(get(cache, " second!")).isEqualTo(2);
    }

    @Test
    void putAndGet_longestKeyAndNegativeCount_roundTrip() {
        ChunkCountCache cache = new ChunkCountCache(6);
        String longest = "x".repeat(ChunkCountCache.MAX_KEY);
        put(cache, longest, 7);
        put(cache, " it's", -1);
        assertThat(get(cache, longest)).isEqualTo(7);
        assertThat(get(cache, " it's")).isEqualTo(-1);
    }
}
