package io.ultralink.error;

/**
 * A model call failed for a reason that may pass: a timeout, a dropped connection, a 5xx answer,
 * or a request conflict. Retryable.
 */
public class TransientLlmException extends LlmException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public TransientLlmException(String message) {
        super(message);
    }

    /** Creates the exception with a message and cause. */
    public TransientLlmException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
