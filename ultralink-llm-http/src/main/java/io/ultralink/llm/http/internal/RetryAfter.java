package io.ultralink.llm.http.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads the wait a service asks for: {@code retry-after-ms} (milliseconds, OpenAI/Azure), else
 * {@code Retry-After} as delay-seconds or an HTTP date. Not API.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The requested wait, never negative, if the headers name one that parses. */
    public static Optional<Duration> parse(Headers headers, Clock clock) {
        String ms = headers.get("retry-after-ms");
        if (ms != null) {
            try {
                return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            double seconds = Double.parseDouble(v);
            return Optional.of(Duration.ofMillis(Math.max(0, (long) (seconds * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
