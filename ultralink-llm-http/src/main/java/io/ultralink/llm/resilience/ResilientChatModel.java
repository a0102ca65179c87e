package io.ultralink.llm.resilience;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.RetryBudgetExhaustedException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.resilience.internal.Admission;
import io.ultralink.llm.resilience.internal.Backoff;
import io.ultralink.llm.resilience.internal.ConcurrencyLimit;
import io.ultralink.llm.resilience.internal.QuotaPacer;
import io.ultralink.llm.resilience.internal.RetryBudget;
import io.ultralink.llm.resilience.internal.TokenBudget;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes any {@link ChatModel} dependable under load. Per call: at most {@code maxAttempts} attempts
 * (Failsafe retry policy) on retryable failures only (dropped connections, timeouts, 5xx, 408, 409,
 * 429, 529, cut-off or empty answers), with exponential backoff and jitter, never earlier than the
 * {@code Retry-After} or {@code retry-after-ms} the failed attempt received; one deadline covering
 * attempts and waits. Across calls: pacing ahead of the limits the service announces in its
 * rate-limit headers (OpenAI, Azure, Anthropic: when the wrapped model is a {@link RateLimitSource}),
 * optional requests-per-minute and tokens-per-minute limits, and an adaptive limit on attempts in
 * flight that 429 and 529 answers shrink and successes grow back (AIMD), so a rate-limit answer slows
 * the other callers only as much as needed. Per run (the life of this object): a retry budget; when
 * retries outrun successes by more than its reserve, the call that needs a retry throws
 * {@link RetryBudgetExhaustedException} instead, so a run against a failing service stops.
 *
 * <p>Every failure surfaces as an {@link LlmException} subtype; a call that runs out of time throws
 * {@link DeadlineExceededException}.
 */
public final class ResilientChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Duration deadline;
    private final int maxAttempts;
    private final Duration maxRetryAfter;
    private final TokenEstimator estimator;
    private final ConcurrencyLimit concurrency;
    private final Admission admission;
    private final RetryBudget retryBudget;
    private final FailsafeExecutor<ChatResponse> retries;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private ResilientChatModel(Builder b) {
        this.delegate = b.delegate;
        this.deadline = b.deadline;
        this.maxAttempts = b.maxAttempts;
        this.maxRetryAfter = b.maxRetryAfter;
        this.estimator = b.estimator;
        this.concurrency = new ConcurrencyLimit(b.maxConcurrency, b.concurrencyDecrease, System::nanoTime);
        QuotaPacer quotas = null;
        if (b.headerPacing && delegate instanceof RateLimitSource) {
            quotas = new QuotaPacer(System::nanoTime);
            ((RateLimitSource) delegate).addRateLimitListener(quotas::observe);
        }
        RateLimiter<?> rateLimiter = b.requestsPerMinute > 0
                ? RateLimiter.smoothBuilder(b.requestsPerMinute, Duration.ofMinutes(1)).withMaxWaitTime(b.deadline).build()
                : null;
        TokenBudget tokenBudget = b.tokensPerMinute > 0 ? new TokenBudget(b.tokensPerMinute, System::nanoTime) : null;
        this.admission = new Admission(quotas, rateLimiter, tokenBudget, concurrency, b.deadline);
        this.retryBudget = new RetryBudget(b.retryReserve, b.retriesPerSuccess);
        Backoff backoff = new Backoff(b.initialBackoff, b.throttledBackoff, b.maxBackoff, b.jitter);
        RetryListener listener = b.listener;
        RetryPolicy<ChatResponse> policy = RetryPolicy.<ChatResponse>builder()
                .handleIf((result, failure) -> failure instanceof UltraLinkException
                        && ((UltraLinkException) failure).isRetryable())
                .abortOn(DeadlineExceededException.class)
                .abortOn(this::asksTooLong)
                .withMaxAttempts(b.maxAttempts)
                .withDelayFn(ctx -> backoff.delay(ctx.getAttemptCount(), ctx.getLastException()))
                .onRetryScheduled(e -> {
                    retried.incrementAndGet();
                    listener.onRetry(e.getAttemptCount(), e.getDelay(), (LlmException) e.getLastException());
                })
                .build();
        this.retries = Failsafe.with(policy);
    }

    private boolean asksTooLong(Throwable failure) {
        return Backoff.requestedWait(failure).map(w -> w.compareTo(maxRetryAfter) > 0).orElse(false);
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
        AtomicInteger attempt = new AtomicInteger();
        try {
            return retries.get(() -> attempt(request, end, attempt.incrementAndGet()));
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

    private ChatResponse attempt(ChatRequest request, long end, int number) {
        Admission.Ticket ticket = admission.enter(estimator.estimate(request), end);
        attempts.incrementAndGet();
        ChatResponse response;
        try {
            response = callWithin(request, end);
        } catch (RuntimeException e) {
            ticket.failure(e);
            if (e instanceof RateLimitedException) {
                rateLimited.incrementAndGet();
            }
            throw wouldRetry(e, number) && !retryBudget.tryRetry() ? budgetSpent(e) : e;
        }
        ticket.success(response.usage().totalTokens());
        retryBudget.onSuccess();
        return response;
    }

    private boolean wouldRetry(RuntimeException e, int number) {
        return number < maxAttempts && e instanceof UltraLinkException && ((UltraLinkException) e).isRetryable()
                && !(e instanceof DeadlineExceededException) && !asksTooLong(e);
    }

    private RetryBudgetExhaustedException budgetSpent(RuntimeException cause) {
        return new RetryBudgetExhaustedException("model calls fail too often to go on: the run's retry budget is spent ("
                + retryBudget.describe() + "); last failure: " + cause.getMessage(), cause);
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

    /** Counters since this model was built. */
    public ResilienceStats stats() {
        return new ResilienceStats(calls.get(), attempts.get(), retried.get(), rateLimited.get(), failures.get());
    }

    /**
     * The current adaptive limit on attempts in flight: {@code maxConcurrency} until 429 or 529
     * answers shrink it; fractional, the whole part being the number of slots.
     */
    public double concurrencyLimit() {
        return concurrency.limit();
    }

    /** The retries left in this run's retry budget. */
    public double retryBudgetLeft() {
        return retryBudget.left();
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
     * Builds {@link ResilientChatModel}s. Defaults, meant for OpenAI, Azure, Anthropic and local
     * servers (vLLM, llama.cpp) alike: 8 attempts, backoff 100 ms (500 ms after a 429 or 529 that names
     * no wait) doubling to 30 s with 20% jitter,
     * {@code Retry-After} honoured up to 2 min, deadline 10 min, at most 16 attempts in flight, the limit
     * multiplied by 0.8 after a 429 or 529, pacing by rate-limit headers where the service sends them,
     * no fixed request or token rate, and a run retry budget of 100 retries plus one per success.
     */
    public static final class Builder {
        private final ChatModel delegate;
        private int maxAttempts = 8;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration throttledBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double jitter = 0.2;
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private Duration deadline = Duration.ofMinutes(10);
        private int maxConcurrency = 16;
        private long requestsPerMinute;
        private long tokensPerMinute;
        private double concurrencyDecrease = 0.8;
        private boolean headerPacing = true;
        private int retryReserve = 100;
        private double retriesPerSuccess = 1.0;
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

        /**
         * The first retry delay after a 429 or 529 that names no wait (default 500 ms); it doubles like the
         * other delays, up to the same cap (which also caps it).
         */
        public Builder throttledBackoff(Duration value) {
            throttledBackoff = Objects.requireNonNull(value, "throttledBackoff");
            return this;
        }

        /** The first retry delay (default 100 ms) and the cap of the doubling delays (default 30 s). */
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

        /**
         * The factor in (0, 1] the limit on attempts in flight is multiplied by after a 429 or 529 answer,
         * at most once per round trip; each success adds back a fraction of a slot. 1 keeps the limit at
         * {@code maxConcurrency}.
         */
        public Builder concurrencyDecrease(double value) {
            concurrencyDecrease = value;
            return this;
        }

        /**
         * Whether to pace attempts ahead of the limits announced in the wrapped model's rate-limit
         * headers (default true; only {@link RateLimitSource} models report them; servers that send none
         * are not paced).
         */
        public Builder headerPacing(boolean value) {
            headerPacing = value;
            return this;
        }

        /**
         * The run's retry budget: it holds {@code reserve} retries at the start, each successful attempt
         * adds {@code retriesPerSuccess} (up to {@code reserve}) and each retry takes one. A call that
         * needs a retry when none is left throws {@link RetryBudgetExhaustedException}. With the
         * defaults (100, 1.0) a run stops once its retries outnumber its successes by 100: when most calls
         * fail.
         */
        public Builder retryBudget(int reserve, double retriesPerSuccess) {
            this.retryReserve = reserve;
            this.retriesPerSuccess = retriesPerSuccess;
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
            check(!throttledBackoff.isNegative(), "throttledBackoff", throttledBackoff);
            check(concurrencyDecrease > 0 && concurrencyDecrease <= 1, "concurrencyDecrease", concurrencyDecrease);
            check(retryReserve >= 1, "retryBudget reserve", retryReserve);
            check(retriesPerSuccess >= 0 && Double.isFinite(retriesPerSuccess), "retryBudget retriesPerSuccess",
                    retriesPerSuccess);
            return new ResilientChatModel(this);
        }

        private static void check(boolean ok, String field, Object value) {
            if (!ok) {
                throw new io.ultralink.error.ConfigurationException("ResilientChatModel: bad " + field + ": " + value);
            }
        }
    }
}
