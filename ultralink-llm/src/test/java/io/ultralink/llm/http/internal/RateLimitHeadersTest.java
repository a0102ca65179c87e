package io.ultralink.llm.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.llm.resilience.RateLimitSnapshot.Quota;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header shapes as OpenAI, Azure and Anthropic send them on chat answers and 429s. */
class RateLimitHeadersTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void parse_openAiShape_requestsAndTokens() {
        Headers h = new Headers.Builder()
                .add("x-ratelimit-limit-requests", "5000").add("x-ratelimit-limit-tokens", "160000")
                .add("x-ratelimit-limit-tokens_usage_based", "160000")
                .add("x-ratelimit-remaining-requests", "4999").add("x-ratelimit-remaining-tokens", "159976")
                .add("x-ratelimit-reset-requests", "12ms").add("x-ratelimit-reset-tokens", "6m0s").build();

        RateLimitSnapshot s = RateLimitHeaders.parse(h, NOW).orElseThrow();

        assertThat(s.requests()).contains(new Quota(5000, 4999, Duration.ofMillis(12)));
        assertThat(s.tokens()).contains(new Quota(160_000, 159_976, Duration.ofMinutes(6)));
    }

    @Test
    void parse_anthropicShape_resetsAreTimesFromNow() {
        Headers h = new Headers.Builder()
                .add("anthropic-ratelimit-requests-limit", "1000").add("anthropic-ratelimit-requests-remaining", "999")
                .add("anthropic-ratelimit-requests-reset", "2026-03-01T10:00:01Z")
                .add("anthropic-ratelimit-tokens-limit", "96000").add("anthropic-ratelimit-tokens-remaining", "12000")
                .add("anthropic-ratelimit-tokens-reset", "2026-03-01T10:00:42.5Z")
                .add("anthropic-ratelimit-input-tokens-limit", "80000")
                .add("anthropic-ratelimit-input-tokens-remaining", "80000")
                .add("anthropic-ratelimit-input-tokens-reset", "2026-03-01T10:00:00Z").build();

        RateLimitSnapshot s = RateLimitHeaders.parse(h, NOW).orElseThrow();

        assertThat(s.requests()).contains(new Quota(1000, 999, Duration.ofSeconds(1)));
        assertThat(s.tokens()).as("the combined token quota wins over input tokens")
                .contains(new Quota(96_000, 12_000, Duration.ofMillis(42_500)));
    }

    @Test
    void parse_anthropicWithoutCombinedTokens_usesInputTokens() {
        Headers h = Headers.of("anthropic-ratelimit-input-tokens-limit", "80000",
                "anthropic-ratelimit-input-tokens-remaining", "100",
                "anthropic-ratelimit-input-tokens-reset", "2026-03-01T10:01:00+00:00");

        assertThat(RateLimitHeaders.parse(h, NOW).orElseThrow().tokens())
                .contains(new Quota(80_000, 100, Duration.ofMinutes(1)));
    }

    @Test
    void parse_resetInThePast_zeroWait() {
        Headers h = Headers.of("anthropic-ratelimit-requests-limit", "50", "anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2026-03-01T09:59:30Z");

        assertThat(RateLimitHeaders.parse(h, NOW).orElseThrow().requests())
                .contains(new Quota(50, 0, Duration.ZERO));
    }

    @Test
    void parse_noRateLimitHeaders_empty() {
        assertThat(RateLimitHeaders.parse(Headers.of("content-type", "application/json"), NOW)).isEmpty();
    }

    @Test
    void parse_partialOrGarbled_quotaLeftOut() {
        Headers h = new Headers.Builder()
                .add("x-ratelimit-remaining-requests", "7")
                .add("x-ratelimit-remaining-tokens", "-1").add("x-ratelimit-reset-tokens", "0")
                .add("anthropic-ratelimit-requests-remaining", "3")
                .add("anthropic-ratelimit-requests-reset", "tomorrow").build();

        assertThat(RateLimitHeaders.parse(h, NOW)).as("no reset for requests, -1 tokens, unparseable time").isEmpty();
    }

    @Test
    void parse_limitMissing_unknownLimit() {
        Headers h = Headers.of("x-ratelimit-remaining-requests", "2", "x-ratelimit-reset-requests", "1.5s");

        assertThat(RateLimitHeaders.parse(h, NOW).orElseThrow().requests())
                .contains(new Quota(-1, 2, Duration.ofMillis(1500)));
    }

    @ParameterizedTest
    @CsvSource({"1s,1000", "6m0s,360000", "20ms,20", "1h2m3.5s,3723500", "0s,0", "59.88s,59880", "2,2000",
            "0.5,500", "250us,0", "1m30s,90000", "17ms,17"})
    void duration_providerFormats_parsed(String text, long millis) {
        assertThat(RateLimitHeaders.duration(text).map(Duration::toMillis)).contains(millis);
    }

    @ParameterizedTest
    @CsvSource({"soon", "1x", "s", "1s2", "-3s"})
    void duration_garbage_empty(String text) {
        assertThat(RateLimitHeaders.duration(text)).isEqualTo(Optional.empty());
    }
}
