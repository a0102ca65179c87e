package io.ultralink.llm.resilience.internal;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A tokens-per-minute limit as a token bucket refilled continuously: a call takes its estimate
 * before it starts and is corrected by the reported usage afterwards (the balance may go below zero,
 * which delays later calls). A call larger than the whole bucket waits for a full bucket. Not API.
 */
public final class TokenBudget {

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double available;
    private long last;

    /** A budget of {@code tokensPerMinute}, full at the start. */
    public TokenBudget(long tokensPerMinute, LongSupplier nanoTime) {
        this.capacity = tokensPerMinute;
        this.perNano = tokensPerMinute / 60e9;
        this.nanoTime = nanoTime;
        this.available = capacity;
        this.last = nanoTime.getAsLong();
    }

    /**
     * Takes {@code tokens} if the bucket holds them (or is full) and returns zero; otherwise takes
     * nothing and returns how long to wait before asking again.
     */
    public synchronized Duration tryTake(long tokens) {
        refill();
        double need = Math.min(tokens, capacity);
        if (available >= need) {
            available -= tokens;
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1_000_000L, (long) Math.ceil((need - available) / perNano)));
    }

    /** Corrects an earlier estimate by {@code delta} tokens (negative gives tokens back). */
    public synchronized void correct(long delta) {
        refill();
        available = Math.min(capacity, available - delta);
    }

    /** The tokens available now. */
    public synchronized double available() {
        refill();
        return available;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        available = Math.min(capacity, available + (now - last) * perNano);
        last = now;
    }
}
