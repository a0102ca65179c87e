package io.ultralink.llm.resilience.internal;

import io.ultralink.error.OverloadedException;
import io.ultralink.error.RateLimitedException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with symmetric jitter; a service-requested wait is a floor, only lengthened by
 * jitter so a retry is never early. Rate-limit and overload answers that name no wait start from
 * {@code throttledInitial}. Not API.
 *
 * @param initial the first delay
 * @param throttledInitial the first delay after a 429 or 529 without a requested wait
 * @param max the largest computed delay
 * @param jitter the relative jitter in [0, 1]
 */
public record Backoff(Duration initial, Duration throttledInitial, Duration max, double jitter) {

    /** The delay before the attempt after {@code failedAttempt} (1-based) that failed with {@code cause}. */
    public Duration delay(int failedAttempt, Throwable cause) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Optional<Duration> requested = requestedWait(cause);
        if (requested.isPresent()) {
            Duration asked = requested.get();
            return asked.plusNanos((long) (asked.toNanos() * jitter * random.nextDouble() / 2));
        }
        double first = (isOverload(cause) ? throttledInitial : initial).toNanos();
        double base = first * Math.pow(2, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, max.toNanos());
        double factor = 1 + jitter * (random.nextDouble() * 2 - 1);
        return Duration.ofNanos((long) Math.max(0, capped * factor));
    }

    /** The wait a 429 or 529 answer asked for ({@code Retry-After}, {@code retry-after-ms}), if any. */
    public static Optional<Duration> requestedWait(Throwable cause) {
        if (cause instanceof RateLimitedException) {
            return ((RateLimitedException) cause).retryAfter();
        }
        if (cause instanceof OverloadedException) {
            return ((OverloadedException) cause).retryAfter();
        }
        return Optional.empty();
    }

    /** Whether {@code cause} says the service is rate limiting or overloaded (429, 529). */
    public static boolean isOverload(Throwable cause) {
        return cause instanceof RateLimitedException || cause instanceof OverloadedException;
    }
}
