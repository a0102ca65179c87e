package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.error.OverloadedException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.resilience.internal.Backoff;
import io.ultralink.llm.resilience.internal.ConcurrencyLimit;
import io.ultralink.llm.resilience.internal.RetryBudget;
import io.ultralink.llm.resilience.internal.TokenBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacingTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void concurrencyLimit_overloads_shrinkOncePerRoundTripAndSuccessesGrowItBack() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(8, 0.5, clock::get);
        advance(Duration.ofMillis(1));
        List<ConcurrencyLimit.Slot> sentTogether = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sentTogether.add(limit.acquire(Duration.ZERO));
        }
        assertThat(limit.acquire(Duration.ZERO)).as("a ninth slot").isNull();
        advance(Duration.ofMillis(1));

        for (ConcurrencyLimit.Slot slot : sentTogether) {
            limit.release(slot, ConcurrencyLimit.Outcome.OVERLOAD);
        }

        assertThat(limit.limit()).as("eight 429s of one round trip halve it once").isEqualTo(4.0);
        advance(Duration.ofMillis(1));
        ConcurrencyLimit.Slot later = limit.acquire(Duration.ZERO);
        advance(Duration.ofMillis(1));
        limit.release(later, ConcurrencyLimit.Outcome.OVERLOAD);
        assertThat(limit.limit()).as("a 429 of an attempt sent after the decrease counts").isEqualTo(2.0);
        for (int i = 0; i < 200; i++) {
            limit.release(limit.acquire(Duration.ZERO), ConcurrencyLimit.Outcome.SUCCESS);
        }
        assertThat(limit.limit()).as("successes grow it back to the maximum, no further").isEqualTo(8.0);
    }

    @Test
    void concurrencyLimit_otherFailures_leaveTheLimit() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(4, 0.5, clock::get);
        advance(Duration.ofMillis(1));

        limit.release(limit.acquire(Duration.ZERO), ConcurrencyLimit.Outcome.OTHER);

        assertThat(limit.limit()).isEqualTo(4.0);
        assertThat(limit.inFlight()).isZero();
    }

    @Test
    void retryBudget_drainsWhenRetriesOutrunSuccessesAndRefillsOnSuccess() {
        RetryBudget budget = new RetryBudget(3, 0.5);

        assertThat(budget.tryRetry()).isTrue();
        assertThat(budget.tryRetry()).isTrue();
        assertThat(budget.tryRetry()).isTrue();
        assertThat(budget.tryRetry()).as("reserve of three spent").isFalse();
        budget.onSuccess();
        assertThat(budget.tryRetry()).as("half a retry earned").isFalse();
        budget.onSuccess();
        assertThat(budget.tryRetry()).as("two successes earn one").isTrue();
        for (int i = 0; i < 100; i++) {
            budget.onSuccess();
        }
        assertThat(budget.left()).as("never above the reserve").isEqualTo(3.0);
    }

    @Test
    void tokenBudget_estimateTakenThenCorrected() {
        TokenBudget budget = new TokenBudget(600, clock::get);

        assertThat(budget.tryTake(500)).isZero();
        assertThat(budget.tryTake(500)).isEqualTo(Duration.ofSeconds(40));
        budget.correct(20 - 500);

        assertThat(budget.available()).isEqualTo(580.0);
        assertThat(budget.tryTake(500)).isZero();
    }

    @Test
    void tokenBudget_underestimate_delaysLaterCalls() {
        TokenBudget budget = new TokenBudget(600, clock::get);
        budget.tryTake(100);

        budget.correct(900);

        assertThat(budget.available()).isEqualTo(-400.0);
        assertThat(budget.tryTake(10)).isEqualTo(Duration.ofSeconds(41));
        advance(Duration.ofSeconds(41));
        assertThat(budget.tryTake(10)).isZero();
    }

    @Test
    void tokenBudget_callLargerThanBucket_waitsForFullBucket() {
        TokenBudget budget = new TokenBudget(600, clock::get);

        assertThat(budget.tryTake(5_000)).isZero();
        assertThat(budget.available()).isNegative();
    }

    @Test
    void backoff_doublesUpToCapAndNeverRetriesBeforeRetryAfter() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(350), 0.5);
        TransientLlmException plain = new TransientLlmException("503");

        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1, plain).toMillis()).isBetween(50L, 150L);
            assertThat(backoff.delay(3, plain).toMillis()).isBetween(175L, 525L);
            assertThat(backoff.delay(1, new RateLimitedException("429", Duration.ofSeconds(2))))
                    .isBetween(Duration.ofSeconds(2), Duration.ofMillis(2500));
            assertThat(backoff.delay(1, new RateLimitedException("429", null)).toMillis()).as("429 naming no wait")
                    .isBetween(100L, 300L);
            assertThat(backoff.delay(2, new OverloadedException("529", null)).toMillis()).as("529 naming no wait")
                    .isBetween(175L, 525L);
        }
    }
}
