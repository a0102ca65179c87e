package io.ultralink.llm.resilience.internal;

/**
 * The retries a whole run may spend, as a bucket: it starts with {@code reserve} tokens, each
 * successful attempt adds {@code perSuccess} (up to {@code reserve}), each retry takes one. A service
 * failing a few calls in a hundred never drains it; one failing most calls drains it after at most
 * {@code reserve} retries more than its successes earned. Not API.
 */
public final class RetryBudget {

    private final double reserve;
    private final double perSuccess;
    private double tokens;
    private long granted;
    private long successes;

    /** A full budget of {@code reserve} retries, refilled by {@code perSuccess} per success. */
    public RetryBudget(int reserve, double perSuccess) {
        this.reserve = reserve;
        this.perSuccess = perSuccess;
        this.tokens = reserve;
    }

    /** An attempt succeeded. */
    public synchronized void onSuccess() {
        successes++;
        tokens = Math.min(reserve, tokens + perSuccess);
    }

    /** Takes one retry if the budget holds one. */
    public synchronized boolean tryRetry() {
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        granted++;
        return true;
    }

    /** The retries left now. */
    public synchronized double left() {
        return tokens;
    }

    /** A line with the figures, for the exception that reports an empty budget. */
    public synchronized String describe() {
        return granted + " retries granted against " + successes + " successful attempts (reserve " + (long) reserve
                + ", " + perSuccess + " per success)";
    }
}
