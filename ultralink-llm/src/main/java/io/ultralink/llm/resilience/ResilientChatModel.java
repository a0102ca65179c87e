package io.ultralink.llm.resilience;

import dev.failsafe.Bulkhead;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.resilience.internal.AdaptivePacer;
import io.ultralink.llm.resilience.internal.Backoff;
import io.ultralink.llm.resilience.internal.TokenBudget;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes any {@link ChatModel} dependable under load. Per call: at most {@code maxAttempts} attempts
 * (Failsafe retry policy) on retryable failures only, with exponential backoff and jitter, never
 * earlier than a service's {@code Retry-After}; one deadline covering attempts and waits. Across
 * calls: a concurrency limit (Failsafe bulkhead), a requests-per-minute limit (Failsafe smooth rate
 * limiter), a tokens-per-minute budget (estimated before the call, corrected by the reported usage)
 * and an adaptive slow-down after 429s that every caller observes.
 *
 * <p>Every failure surfaces as an {@link LlmException} subtype; a call that runs out of time throws
 * {@link DeadlineExceededException}.
 */
public final class ResilientChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Duration deadline;
    private final Bulkhead<ChatResponse> bulkhead;
    private final RateLimiter<ChatResponse> rateLimiter;
    private final TokenBudget tokenBudget;
    private final TokenEstimator estimator;
    private final AdaptivePacer pacer;
    private final FailsafeExecutor<ChatResponse> retries;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private ResilientChatModel(Builder b) {
        this.delegate = b.delegate;
        this.deadline = b.deadline;
        this.bulkhead = Bulkhead.<ChatResponse>builder(b.maxConcurrency).withMaxWaitTime(b.deadline).build();
        this.rateLimiter = b.requestsPerMinute > 0
                ? RateLimiter.<ChatResponse>smoothBuilder(b.requestsPerMinute, Duration.ofMinutes(1))
                        .withMaxWaitTime(b.deadline).build()
                : null;
        this.tokenBudget = b.tokensPerMinute > 0 ? new TokenBudget(b.tokensPerMinute, System::nanoTime) : null;
        this.estimator = b.estimator;
        this.pacer = new AdaptivePacer(b.slowDownStep, b.maxBackoff, System::nanoTime);
        Backoff backoff = new Backoff(b.initialBackoff, b.maxBackoff, b.jitter);
        Duration maxRetryAfter = b.maxRetryAfter;
        RetryListener listener = b.listener;
        RetryPolicy<ChatResponse> policy = RetryPolicy.<ChatResponse>builder()
                .handleIf((result, failure) -> failure instanceof UltraLinkException
                        && ((UltraLinkException) failure).isRetryable())
                .abortOn(DeadlineExceededException.class)
                .abortOn(e -> e instanceof RateLimitedException && ((RateLimitedException) e).retryAfter()
                        .map(w -> w.compareTo(maxRetryAfter) > 0).orElse(false))
                .withMaxAttempts(b.maxAttempts)
                .withDelayFn(ctx -> backoff.delay(ctx.getAttemptCount(), ctx.getLastException()))
                .onRetryScheduled(e -> {
                    retried.incrementAndGet();
                    listener.onRetry(e.getAttemptCount(), e.getDelay(), (LlmException) e.getLastException());
                })
                .build();
        this.retries = Failsafe.with(policy);
    }

    /** A builder wrapping {@code delegate}. */
    public static Builder builder(ChatModel delegate) {
        return new Builder(delegate);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        calls.incrementAndGet();
        long end = System.nanoTime() + deadline.toNanos();
        try {
            return retries.get(() -> attempt(request, end));
        } catch (FailsafeException e) {
            failures.incrementAndGet();
            Throwable cause = e.getCause();
            throw cause instanceof LlmException ? (LlmException) cause
                    : new LlmException("model call failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    private ChatResponse attempt(ChatRequest request, long end) {
        wait(pacer.reserve(), end);
        if (rateLimiter != null) {
            acquire(() -> rateLimiter.tryAcquirePermit(remaining(end)), "the requests-per-minute limit");
        }
        long estimate = estimator.estimate(request);
        if (tokenBudget != null) {
            Duration wait;
            while (!(wait = tokenBudget.tryTake(estimate)).isZero()) {
                wait(wait, end);
            }
        }
        acquire(() -> bulkhead.tryAcquirePermit(remaining(end)), "a free concurrency slot");
        attempts.incrementAndGet();
        ChatResponse response;
        try {
            response = callWithin(request, end);
        } catch (RateLimitedException e) {
            rateLimited.incrementAndGet();
            pacer.onRateLimited(e.retryAfter());
            refund(estimate);
            throw e;
        } catch (RuntimeException e) {
            refund(estimate);
            throw e;
        } finally {
            bulkhead.releasePermit();
        }
        pacer.onSuccess();
        if (tokenBudget != null) {
            tokenBudget.correct(response.usage().totalTokens() - estimate);
        }
        return response;
    }

    private ChatResponse callWithin(ChatRequest request, long end) {
        CompletableFuture<ChatResponse> future = delegate.chatAsync(request);
        try {
            return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DeadlineExceededException("model call exceeded its deadline of " + deadline, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new LlmException("model call failed: " + cause, cause);
        }
    }

    private void refund(long estimate) {
        if (tokenBudget != null) {
            tokenBudget.correct(-estimate);
        }
    }

    private interface Permit {
        boolean tryAcquire() throws InterruptedException;
    }

    private void acquire(Permit permit, String what) {
        try {
            if (!permit.tryAcquire()) {
                throw new DeadlineExceededException("deadline of " + deadline + " passed waiting for " + what, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for " + what, e);
        }
    }

    private void wait(Duration wait, long end) {
        if (wait.isZero()) {
            return;
        }
        if (System.nanoTime() + wait.toNanos() > end) {
            throw new DeadlineExceededException("deadline of " + deadline + " passed while slowed down", null);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while slowed down", e);
        }
    }

    private static Duration remaining(long end) {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    /** Counters since this model was built. */
    public ResilienceStats stats() {
        return new ResilienceStats(calls.get(), attempts.get(), retried.get(), rateLimited.get(), failures.get());
    }

    /** The current adaptive minimum interval between call starts (zero unless slowed down by 429s). */
    public Duration currentSlowDown() {
        return pacer.interval();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public String identity() {
        return delegate.identity();
    }

    /** Closes the wrapped model. */
    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "ResilientChatModel[" + delegate + "]";
    }

    /** Estimates the tokens a request will consume, before it is sent. */
    @FunctionalInterface
    public interface TokenEstimator {
        /** The estimated prompt plus completion tokens. */
        long estimate(ChatRequest request);

        /** About one token per three characters of prompt, plus the completion limit (or 256). */
        static TokenEstimator byCharacters() {
            return r -> r.messages().stream().mapToLong(m -> m.content().length() / 3 + 4).sum()
                    + r.maxTokens().orElse(256);
        }
    }

    /**
     * Builds {@link ResilientChatModel}s. Defaults: 5 attempts, backoff 500 ms doubling to 30 s with
     * 20% jitter, {@code Retry-After} honoured up to 2 min, deadline 10 min, 16 concurrent calls, no
     * request or token rate limit, slow-down step 100 ms.
     */
    public static final class Builder {
        private final ChatModel delegate;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double jitter = 0.2;
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private Duration deadline = Duration.ofMinutes(10);
        private int maxConcurrency = 16;
        private long requestsPerMinute;
        private long tokensPerMinute;
        private Duration slowDownStep = Duration.ofMillis(100);
        private TokenEstimator estimator = TokenEstimator.byCharacters();
        private RetryListener listener = (attempt, delay, cause) -> { };

        private Builder(ChatModel delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate");
        }

        /** Attempts per call, first included (1 disables retries). */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /** The first retry delay and the cap of the doubling delays. */
        public Builder backoff(Duration initial, Duration max) {
            initialBackoff = Objects.requireNonNull(initial, "initial");
            maxBackoff = Objects.requireNonNull(max, "max");
            return this;
        }

        /** Relative jitter in [0, 1] applied to computed delays. */
        public Builder jitter(double value) {
            jitter = value;
            return this;
        }

        /** The longest {@code Retry-After} waited for; a longer one fails the call at once. */
        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = Objects.requireNonNull(value, "maxRetryAfter");
            return this;
        }

        /** The time one call may take, attempts and waits included. */
        public Builder deadline(Duration value) {
            deadline = Objects.requireNonNull(value, "deadline");
            return this;
        }

        /** Calls in flight at once, at least 1. */
        public Builder maxConcurrency(int value) {
            maxConcurrency = value;
            return this;
        }

        /** Attempt starts per minute, spread evenly ({@code 0}: unlimited). */
        public Builder requestsPerMinute(long value) {
            requestsPerMinute = value;
            return this;
        }

        /** Prompt plus completion tokens per minute ({@code 0}: unlimited). */
        public Builder tokensPerMinute(long value) {
            tokensPerMinute = value;
            return this;
        }

        /** The first interval between starts after a 429; it doubles on each further 429. */
        public Builder slowDownStep(Duration value) {
            slowDownStep = Objects.requireNonNull(value, "slowDownStep");
            return this;
        }

        /** How tokens are estimated before a call (for the tokens-per-minute limit). */
        public Builder tokenEstimator(TokenEstimator value) {
            estimator = Objects.requireNonNull(value, "tokenEstimator");
            return this;
        }

        /** Told about each scheduled retry. */
        public Builder retryListener(RetryListener value) {
            listener = Objects.requireNonNull(value, "retryListener");
            return this;
        }

        /** Validates and builds. */
        public ResilientChatModel build() {
            check(maxAttempts >= 1, "maxAttempts", maxAttempts);
            check(maxConcurrency >= 1, "maxConcurrency", maxConcurrency);
            check(requestsPerMinute >= 0, "requestsPerMinute", requestsPerMinute);
            check(tokensPerMinute >= 0, "tokensPerMinute", tokensPerMinute);
            check(jitter >= 0 && jitter <= 1, "jitter", jitter);
            check(!deadline.isNegative() && !deadline.isZero(), "deadline", deadline);
            check(!initialBackoff.isNegative() && initialBackoff.compareTo(maxBackoff) <= 0, "backoff",
                    initialBackoff + ".." + maxBackoff);
            return new ResilientChatModel(this);
        }

        private static void check(boolean ok, String field, Object value) {
            if (!ok) {
                throw new io.ultralink.error.ConfigurationException("ResilientChatModel: bad " + field + ": " + value);
            }
        }
    }
}
