package io.ultralink.llm.resilience.internal;

import io.ultralink.error.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with symmetric jitter; a service-requested wait is a floor, only lengthened by
 * jitter so a retry is never early. Not API.
 *
 * @param initial the first delay
 * @param max the largest computed delay
 * @param jitter the relative jitter in [0, 1]
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    /** The delay before the attempt after {@code failedAttempt} (1-based) that failed with {@code cause}. */
    public Duration delay(int failedAttempt, Throwable cause) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (cause instanceof RateLimitedException && ((RateLimitedException) cause).retryAfter().isPresent()) {
            Duration asked = ((RateLimitedException) cause).retryAfter().get();
            return asked.plusNanos((long) (asked.toNanos() * jitter * random.nextDouble() / 2));
        }
        double base = initial.toNanos() * Math.pow(2, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, max.toNanos());
        double factor = 1 + jitter * (random.nextDouble() * 2 - 1);
        return Duration.ofNanos((long) Math.max(0, capped * factor));
    }
}
