package io.ultralink.llm.resilience;

import io.ultralink.error.LlmException;
import java.time.Duration;

/** Told about every retry {@link ResilientChatModel} schedules (for logs, metrics and tests). */
@FunctionalInterface
public interface RetryListener {

    /**
     * A failed attempt will be repeated.
     *
     * @param failedAttempt the 1-based number of the attempt that failed
     * @param delay the wait before the next attempt
     * @param cause why the attempt failed
     */
    void onRetry(int failedAttempt, Duration delay, LlmException cause);
}
