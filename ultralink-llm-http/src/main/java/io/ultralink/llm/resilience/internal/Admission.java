package io.ultralink.llm.resilience.internal;

import dev.failsafe.RateLimiter;
import io.ultralink.error.LlmException;
import io.ultralink.llm.resilience.DeadlineExceededException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What an attempt waits for before it is sent, in order: the quotas the service's headers announced,
 * the configured requests-per-minute and tokens-per-minute limits, and a slot under the adaptive
 * concurrency limit; all within the call's deadline. The ticket it hands out reports the attempt's
 * outcome back to the limits. Not API.
 */
public final class Admission {

    private final QuotaPacer quotas;
    private final RateLimiter<?> requestsPerMinute;
    private final TokenBudget tokensPerMinute;
    private final ConcurrencyLimit concurrency;
    private final Duration deadline;

    /**
     * @param quotas the header-driven pacer, or {@code null} to ignore rate-limit headers
     * @param requestsPerMinute the configured request rate, or {@code null}
     * @param tokensPerMinute the configured token rate, or {@code null}
     * @param concurrency the adaptive limit on attempts in flight
     * @param deadline the per-call deadline, for messages
     */
    public Admission(QuotaPacer quotas, RateLimiter<?> requestsPerMinute, TokenBudget tokensPerMinute,
            ConcurrencyLimit concurrency, Duration deadline) {
        this.quotas = quotas;
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.concurrency = concurrency;
        this.deadline = deadline;
    }

    /**
     * Waits until an attempt estimated at {@code estimate} tokens may start.
     *
     * @param endNanos the call's deadline as a {@code System.nanoTime()} value
     * @throws DeadlineExceededException when the deadline would pass first
     */
    public Ticket enter(long estimate, long endNanos) {
        if (quotas != null) {
            sleep(quotas.reserve(estimate), endNanos, "the service's rate-limit headers");
        }
        try {
            if (requestsPerMinute != null && !requestsPerMinute.tryAcquirePermit(remaining(endNanos))) {
                throw exceeded("the requests-per-minute limit");
            }
            if (tokensPerMinute != null) {
                Duration wait;
                while (!(wait = tokensPerMinute.tryTake(estimate)).isZero()) {
                    sleep(wait, endNanos, "the tokens-per-minute limit");
                }
            }
            ConcurrencyLimit.Slot slot = concurrency.acquire(remaining(endNanos));
            if (slot == null) {
                refund(estimate);
                throw exceeded("a free concurrency slot");
            }
            return new Ticket(slot, estimate);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting to call the model", e);
        }
    }

    /** An admitted attempt; report its outcome exactly once. */
    public final class Ticket {
        private final ConcurrencyLimit.Slot slot;
        private final long estimate;

        private Ticket(ConcurrencyLimit.Slot slot, long estimate) {
            this.slot = slot;
            this.estimate = estimate;
        }

        /** The attempt was answered, using {@code usedTokens}. */
        public void success(long usedTokens) {
            concurrency.release(slot, ConcurrencyLimit.Outcome.SUCCESS);
            if (tokensPerMinute != null) {
                tokensPerMinute.correct(usedTokens - estimate);
            }
        }

        /** The attempt failed with {@code failure}. */
        public void failure(Throwable failure) {
            concurrency.release(slot, Backoff.isOverload(failure) ? ConcurrencyLimit.Outcome.OVERLOAD
                    : ConcurrencyLimit.Outcome.OTHER);
            refund(estimate);
        }
    }

    private void refund(long estimate) {
        if (tokensPerMinute != null) {
            tokensPerMinute.correct(-estimate);
        }
    }

    private void sleep(Duration wait, long endNanos, String what) {
        if (wait.isZero()) {
            return;
        }
        if (System.nanoTime() + wait.toNanos() - endNanos > 0) {
            throw exceeded(what);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for " + what, e);
        }
    }

    private DeadlineExceededException exceeded(String what) {
        return new DeadlineExceededException("deadline of " + deadline + " passed waiting for " + what, null);
    }

    private static Duration remaining(long endNanos) {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }
}
