package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.tokens.TokenCounter;
import org.junit.jupiter.api.Test;

class CachingTokenCounterTest {

    @Test
    void of_counterWithoutAdditivity_rejected() {
        JtokkitTokenCounter r50k = JtokkitTokenCounter.of("r50k_base");
        assertThat(r50k.additiveBeforeSpaces()).isFalse();
        assertThatThrownBy(() -> CachingTokenCounter.of(r50k)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("additive");
    }

    @Test
    void cachingIfAdditive_wrapsOnlyAdditiveCounters() {
        TokenCounter plain = new TokenCounter() {
            @Override
            public int countTokens(String text) {
                return text.length();
            }

            @Override
            public String encodingName() {
                return "chars";
            }
        };
        assertThat(CachingTokenCounter.cachingIfAdditive(plain)).isSameAs(plain);
        TokenCounter caching = CachingTokenCounter.cachingIfAdditive(JtokkitTokenCounter.o200k());
        assertThat(caching).isInstanceOf(CachingTokenCounter.class);
        assertThat(CachingTokenCounter.cachingIfAdditive(caching)).isSameAs(caching);
        assertThat(caching.encodingName()).isEqualTo("o200k_base");
    }

    @Test
    void countTokens_repeatedWords_hitTheCache() {
        CachingTokenCounter counter = CachingTokenCounter.of(JtokkitTokenCounter.cl100k());
        String text = "the cat and the dog and the bird";
        long[] before = counter.cacheHitsAndMissesOfThisThread();
        int first = counter.countTokens(text);
        int second = counter.countTokens(text);
        long[] after = counter.cacheHitsAndMissesOfThisThread();
        assertThat(second).isEqualTo(first).isEqualTo(JtokkitTokenCounter.cl100k().countTokens(text));
        assertThat(after[1] - before[1]).as("misses: one per distinct chunk").isEqualTo(6);
        assertThat(after[0] - before[0]).as("hits").isEqualTo(16 - 6);
    }

    @Test
    void countTokens_range_outOfBounds_rejected() {
        CachingTokenCounter counter = CachingTokenCounter.of(JtokkitTokenCounter.cl100k());
        assertThatThrownBy(() -> counter.countTokens("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
