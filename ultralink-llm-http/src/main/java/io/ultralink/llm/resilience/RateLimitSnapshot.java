package io.ultralink.llm.resilience;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a service's response headers said about its rate limits when the response arrived: for
 * requests and for tokens, the limit, what remains of it and how long until it is full again
 * (OpenAI and Azure: {@code x-ratelimit-*}; Anthropic: {@code anthropic-ratelimit-*}).
 *
 * @param requests the request quota, when the headers name one
 * @param tokens the token quota, when the headers name one
 */
public record RateLimitSnapshot(Optional<Quota> requests, Optional<Quota> tokens) {

    /** Validates. */
    public RateLimitSnapshot {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** Whether neither quota is known. */
    public boolean isEmpty() {
        return requests.isEmpty() && tokens.isEmpty();
    }

    /**
     * One quota. Both providers replenish continuously; {@code resetIn} is the time until the quota
     * is whole again (zero when it already is).
     *
     * @param limit the quota's size, or {@code -1} when the headers do not say
     * @param remaining what is left now, at least 0
     * @param resetIn the time until the quota is full again, never negative
     */
    public record Quota(long limit, long remaining, Duration resetIn) {

        /** Validates. */
        public Quota {
            Objects.requireNonNull(resetIn, "resetIn");
            if (remaining < 0) {
                throw new IllegalArgumentException("remaining must be >= 0, was " + remaining);
            }
            if (limit < -1) {
                throw new IllegalArgumentException("limit must be >= 0 or -1 (unknown), was " + limit);
            }
            if (resetIn.isNegative()) {
                throw new IllegalArgumentException("resetIn must not be negative, was " + resetIn);
            }
        }
    }
}
