package io.ultralink.llm.resilience.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Spaces call starts after rate-limit answers: each 429 doubles a minimum interval between starts
 * (from {@code step} up to {@code ceiling}) and pauses every caller for the requested wait; each
 * success shrinks the interval by 10% until it vanishes. Without 429s it costs one lock. Not API.
 */
public final class AdaptivePacer {

    private final long stepNanos;
    private final long ceilingNanos;
    private final LongSupplier nanoTime;
    private long intervalNanos;
    private long nextStart;
    private long pausedUntil;

    /** Creates a pacer reading time from {@code nanoTime}. */
    public AdaptivePacer(Duration step, Duration ceiling, LongSupplier nanoTime) {
        this.stepNanos = step.toNanos();
        this.ceilingNanos = ceiling.toNanos();
        this.nanoTime = nanoTime;
        this.nextStart = nanoTime.getAsLong();
        this.pausedUntil = nextStart;
    }

    /** Reserves a start slot and returns how long to wait for it (zero when not slowed down). */
    public synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        long slot = Math.max(now, pausedUntil);
        if (intervalNanos > 0) {
            slot = Math.max(slot, nextStart);
            nextStart = slot + intervalNanos;
        }
        return Duration.ofNanos(slot - now);
    }

    /** A 429 arrived: slow down, and pause everyone for {@code retryAfter} when given. */
    public synchronized void onRateLimited(Optional<Duration> retryAfter) {
        intervalNanos = Math.min(ceilingNanos, Math.max(stepNanos, intervalNanos * 2));
        retryAfter.ifPresent(wait -> pausedUntil = Math.max(pausedUntil, nanoTime.getAsLong() + wait.toNanos()));
    }

    /** A call succeeded: speed up again. */
    public synchronized void onSuccess() {
        intervalNanos = intervalNanos * 9 / 10;
        if (intervalNanos < stepNanos / 8) {
            intervalNanos = 0;
        }
    }

    /** The current minimum interval between starts. */
    public synchronized Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }
}
