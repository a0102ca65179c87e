package io.ultralink.error;

import java.time.Duration;
import java.util.Optional;

/** The model service refused the call for exceeding a rate or quota limit. Retryable after a wait. */
public class RateLimitedException extends TransientLlmException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what the service said
     * @param retryAfter the wait the service asked for, or {@code null} when it named none
     */
    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The wait the service asked for ({@code Retry-After} or similar), if it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
