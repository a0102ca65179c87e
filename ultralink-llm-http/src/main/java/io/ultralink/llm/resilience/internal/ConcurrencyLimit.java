package io.ultralink.llm.resilience.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * An adaptive limit on attempts in flight (additive increase, multiplicative decrease): it starts at
 * {@code max}; each success raises it by {@code 1/limit} (about one slot per round trip of the whole
 * limit), each overload answer (429, 529) multiplies it by {@code decrease}, never below one. Only an
 * attempt started after the last decrease can decrease it again, so a burst of 429s from attempts
 * sent together counts once, as TCP counts one loss per window. Not API.
 */
public final class ConcurrencyLimit {

    /** How an attempt ended, for the limit. */
    public enum Outcome {
        /** An answer arrived. */
        SUCCESS,
        /** The service said it is overloaded or rate limited. */
        OVERLOAD,
        /** Any other failure: the limit stays. */
        OTHER
    }

    private final int max;
    private final double decrease;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private double limit;
    private int inFlight;
    private long lastDecrease;

    /** A limit of at most {@code max} in flight, multiplied by {@code decrease} on overload. */
    public ConcurrencyLimit(int max, double decrease, LongSupplier nanoTime) {
        this.max = max;
        this.decrease = decrease;
        this.nanoTime = nanoTime;
        this.limit = max;
        this.lastDecrease = nanoTime.getAsLong();
    }

    /** A slot held since {@code started} (a {@code nanoTime} stamp). */
    public record Slot(long started) {
    }

    /**
     * Waits at most {@code maxWait} for a slot under the current limit.
     *
     * @return the slot to {@link #release}, or {@code null} when none came in time
     */
    public Slot acquire(Duration maxWait) throws InterruptedException {
        long left = maxWait.toNanos();
        lock.lock();
        try {
            while (inFlight >= slots()) {
                if (left <= 0) {
                    return null;
                }
                left = freed.awaitNanos(left);
            }
            inFlight++;
            return new Slot(nanoTime.getAsLong());
        } finally {
            lock.unlock();
        }
    }

    /** Frees {@code slot} and adapts the limit to {@code outcome}. */
    public void release(Slot slot, Outcome outcome) {
        lock.lock();
        try {
            inFlight--;
            if (outcome == Outcome.SUCCESS) {
                limit = Math.min(max, limit + 1 / limit);
            } else if (outcome == Outcome.OVERLOAD && slot.started() - lastDecrease > 0) {
                limit = Math.max(1, limit * decrease);
                lastDecrease = nanoTime.getAsLong();
            }
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current limit (fractional: the whole part is the number of slots). */
    public double limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    /** Attempts holding a slot now. */
    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    private int slots() {
        return Math.max(1, (int) limit);
    }

    @Override
    public String toString() {
        return "ConcurrencyLimit[" + String.format(Locale.ROOT, "%.2f", limit()) + " of " + max + "]";
    }
}
