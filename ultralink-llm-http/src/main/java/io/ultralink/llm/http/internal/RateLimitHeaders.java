package io.ultralink.llm.http.internal;

import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.llm.resilience.RateLimitSnapshot.Quota;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Reads rate-limit headers into a {@link RateLimitSnapshot}. OpenAI and Azure send
 * {@code x-ratelimit-limit-requests}, {@code -remaining-requests}, {@code -reset-requests} and the same
 * for {@code tokens}, resets as durations ({@code 1s}, {@code 6m0s}, {@code 20ms}; Azure sometimes bare
 * seconds). Anthropic sends {@code anthropic-ratelimit-requests-limit}, {@code -remaining},
 * {@code -reset} and the same for {@code tokens} (else {@code input-tokens}), resets as RFC 3339
 * times. A quota needs a remaining count and a reset that parse; anything else is left out. Not API.
 */
public final class RateLimitHeaders {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(h|ms|m|s|us|µs|ns)");

    private RateLimitHeaders() {
    }

    /** The snapshot, when the headers hold at least one usable quota. */
    public static Optional<RateLimitSnapshot> parse(Headers headers, Clock clock) {
        Optional<Quota> requests = openAi(headers, "requests");
        Optional<Quota> tokens = openAi(headers, "tokens");
        if (requests.isEmpty() && tokens.isEmpty()) {
            requests = anthropic(headers, "requests", clock);
            tokens = anthropic(headers, "tokens", clock).or(() -> anthropic(headers, "input-tokens", clock));
        }
        RateLimitSnapshot snapshot = new RateLimitSnapshot(requests, tokens);
        return snapshot.isEmpty() ? Optional.empty() : Optional.of(snapshot);
    }

    private static Optional<Quota> openAi(Headers headers, String what) {
        Optional<Long> remaining = count(headers.get("x-ratelimit-remaining-" + what));
        Optional<Duration> reset = duration(headers.get("x-ratelimit-reset-" + what));
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quota(count(headers.get("x-ratelimit-limit-" + what)).orElse(-1L), remaining.get(),
                reset.get()));
    }

    private static Optional<Quota> anthropic(Headers headers, String what, Clock clock) {
        String prefix = "anthropic-ratelimit-" + what + "-";
        Optional<Long> remaining = count(headers.get(prefix + "remaining"));
        Optional<Duration> reset = instant(headers.get(prefix + "reset"), clock);
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quota(count(headers.get(prefix + "limit")).orElse(-1L), remaining.get(), reset.get()));
    }

    private static Optional<Long> count(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(value.trim());
            return n < 0 ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A duration such as {@code 1s}, {@code 6m0s}, {@code 1h2m3.5s}, {@code 20ms}, or bare seconds
     * ({@code 2}, {@code 0.5}); empty when it does not parse.
     */
    static Optional<Duration> duration(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(nanos(Double.parseDouble(v) * 1e9));
        } catch (NumberFormatException notBare) {
            // units follow
        }
        Matcher m = DURATION_PART.matcher(v);
        double total = 0;
        int at = 0;
        while (at < v.length() && m.find(at) && m.start() == at) {
            total += Double.parseDouble(m.group(1)) * unitNanos(m.group(2));
            at = m.end();
        }
        return at == v.length() ? Optional.of(nanos(total)) : Optional.empty();
    }

    private static double unitNanos(String unit) {
        switch (unit) {
            case "h":
                return 3600e9;
            case "m":
                return 60e9;
            case "s":
                return 1e9;
            case "ms":
                return 1e6;
            case "us":
            case "µs":
                return 1e3;
            default:
                return 1;
        }
    }

    private static Duration nanos(double nanos) {
        return Duration.ofNanos((long) Math.max(0, Math.min(nanos, Long.MAX_VALUE / 2.0)));
    }

    /** The time from now until an RFC 3339 instant, zero when it has passed; empty when it does not parse. */
    static Optional<Duration> instant(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Duration until = Duration.between(clock.instant(), OffsetDateTime.parse(value.trim()).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
