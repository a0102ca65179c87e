package io.ultralink.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The model service is overloaded (Anthropic's 529 {@code overloaded_error}): retryable after a wait,
 * and a sign to send fewer calls at once.
 */
public class OverloadedException extends TransientLlmException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what the service said
     * @param retryAfter the wait the service asked for, or {@code null} when it named none
     */
    public OverloadedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The wait the service asked for ({@code Retry-After}), if it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
