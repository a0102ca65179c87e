package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.resilience.internal.AdaptivePacer;
import io.ultralink.llm.resilience.internal.Backoff;
import io.ultralink.llm.resilience.internal.TokenBudget;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacingTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void pacer_after429s_spacesStartsAndRecoversOnSuccess() {
        AdaptivePacer pacer = new AdaptivePacer(Duration.ofMillis(100), Duration.ofSeconds(2), clock::get);
        assertThat(pacer.reserve()).isZero();

        pacer.onRateLimited(Optional.empty());
        pacer.onRateLimited(Optional.empty());

        assertThat(pacer.interval()).isEqualTo(Duration.ofMillis(200));
        assertThat(pacer.reserve()).isZero();
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(200));
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(400));
        for (int i = 0; i < 30; i++) {
            pacer.onSuccess();
        }
        assertThat(pacer.interval()).isZero();
    }

    @Test
    void pacer_retryAfter_pausesEveryCaller() {
        AdaptivePacer pacer = new AdaptivePacer(Duration.ofMillis(1), Duration.ofSeconds(2), clock::get);

        pacer.onRateLimited(Optional.of(Duration.ofSeconds(3)));

        assertThat(pacer.reserve()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        advance(Duration.ofSeconds(4));
        assertThat(pacer.reserve()).isLessThanOrEqualTo(Duration.ofMillis(1));
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
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350), 0.5);
        TransientLlmException plain = new TransientLlmException("503");

        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1, plain).toMillis()).isBetween(50L, 150L);
            assertThat(backoff.delay(3, plain).toMillis()).isBetween(175L, 525L);
            assertThat(backoff.delay(1, new RateLimitedException("429", Duration.ofSeconds(2))))
                    .isBetween(Duration.ofSeconds(2), Duration.ofMillis(2500));
        }
    }
}
