package io.ultralink.llm.resilience.internal;

import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.llm.resilience.RateLimitSnapshot.Quota;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Paces attempt starts ahead of a service's limits from its rate-limit headers. Each quota (requests,
 * tokens) is a bucket holding what the last response said remains, refilled at the rate that makes it
 * full at its reset time ({@code (limit - remaining) / reset}), as both OpenAI and Anthropic
 * replenish continuously. An attempt reserves one request and its estimated tokens; when a bucket
 * lacks them, the attempt waits for the refill, and later attempts queue behind it. Without a known
 * limit nothing refills before the reset. At the reset time, and before any header was seen, nothing
 * is paced. Not API.
 */
public final class QuotaPacer {

    private final LongSupplier nanoTime;
    private Bucket requests;
    private Bucket tokens;

    /** A pacer reading time from {@code nanoTime}, pacing nothing until it observes headers. */
    public QuotaPacer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Takes what a response's headers said; a quota the snapshot lacks keeps its last state. */
    public synchronized void observe(RateLimitSnapshot snapshot) {
        long now = nanoTime.getAsLong();
        snapshot.requests().ifPresent(q -> requests = Bucket.of(q, now));
        snapshot.tokens().ifPresent(q -> tokens = Bucket.of(q, now));
    }

    /** Reserves one request and {@code estimatedTokens} and returns how long to wait before starting. */
    public synchronized Duration reserve(long estimatedTokens) {
        long now = nanoTime.getAsLong();
        requests = current(requests, now);
        tokens = current(tokens, now);
        long wait = 0;
        if (requests != null) {
            wait = Math.max(wait, requests.take(1, now));
        }
        if (tokens != null) {
            wait = Math.max(wait, tokens.take(estimatedTokens, now));
        }
        return Duration.ofNanos(wait);
    }

    private static Bucket current(Bucket bucket, long now) {
        return bucket == null || now - bucket.resetAt >= 0 ? null : bucket;
    }

    /** What the headers say is left of one quota, and how it refills. */
    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private final long resetAt;
        private double level;
        private long last;

        private Bucket(double capacity, double perNano, long resetAt, double level, long last) {
            this.capacity = capacity;
            this.perNano = perNano;
            this.resetAt = resetAt;
            this.level = level;
            this.last = last;
        }

        static Bucket of(Quota q, long now) {
            long reset = q.resetIn().toNanos();
            double capacity = q.limit() > 0 ? q.limit() : Double.POSITIVE_INFINITY;
            double perNano = q.limit() > q.remaining() && reset > 0 ? (q.limit() - q.remaining()) / (double) reset : 0;
            return new Bucket(capacity, perNano, now + reset, Math.min(q.remaining(), capacity), now);
        }

        /** Takes {@code units} and returns the wait until the bucket held them, in nanoseconds. */
        long take(long units, long now) {
            level = Math.min(capacity, level + (now - last) * perNano);
            last = now;
            double need = Math.min(units, capacity);
            double missing = need - level;
            level -= units;
            if (missing <= 0) {
                return 0;
            }
            long untilReset = resetAt - now;
            return perNano > 0 ? Math.min(untilReset, (long) Math.ceil(missing / perNano)) : untilReset;
        }
    }

    @Override
    public synchronized String toString() {
        return "QuotaPacer[requests " + Optional.ofNullable(requests).map(b -> b.level).orElse(null)
                + ", tokens " + Optional.ofNullable(tokens).map(b -> b.level).orElse(null) + "]";
    }
}
