package io.ultralink.llm.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.http.ApiKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class HttpInternalsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retryAfter_seconds_parsed() {
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "12"), NOW)).contains(Duration.ofSeconds(12));
    }

    @Test
    void retryAfter_httpDate_untilThatInstant() {
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "Sun, 01 Mar 2026 10:00:30 GMT"), NOW))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void retryAfter_pastDate_zero() {
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "Sun, 01 Mar 2026 09:00:00 GMT"), NOW))
                .contains(Duration.ZERO);
    }

    @Test
    void retryAfter_millisecondsHeader_winsOverSeconds() {
        assertThat(RetryAfter.parse(Headers.of("retry-after-ms", "350", "Retry-After", "1"), NOW))
                .contains(Duration.ofMillis(350));
    }

    @Test
    void retryAfter_garbageOrAbsent_empty() {
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "soon"), NOW)).isEmpty();
        assertThat(RetryAfter.parse(Headers.of(), NOW)).isEmpty();
    }

    @Test
    void masked_secretHeaders_hidden() {
        Headers headers = Headers.of("Authorization", "Bearer sk-secret", "api-key", "azure-secret",
                "x-api-key", "ant-secret", "anthropic-version", "2023-06-01");

        String shown = RequestLogging.masked(headers);

        assertThat(shown).doesNotContain("sk-secret", "azure-secret", "ant-secret")
                .contains("Authorization=****", "api-key=****", "x-api-key=****", "anthropic-version=2023-06-01");
    }

    @Test
    void apiKey_toStringAndScrub_neverShowKey() {
        ApiKey key = ApiKey.of(() -> "sk-abcdef123");

        assertThat(key.toString()).doesNotContain("sk-abcdef123");
        assertThat(key.scrub("Incorrect API key provided: sk-abcdef123.")).isEqualTo(
                "Incorrect API key provided: ****.");
        assertThat(ApiKey.none().value()).isEmpty();
    }
}
