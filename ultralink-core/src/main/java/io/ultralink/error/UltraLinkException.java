package io.ultralink.error;

/**
 * Root of the one unchecked exception family the SDK throws.
 *
 * <p>Every subtype states whether retrying the same operation can help ({@link #isRetryable()}), so
 * callers and the resilience layer never have to guess from a message.
 */
public class UltraLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public UltraLinkException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the cause. */
    public UltraLinkException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same call may succeed if repeated later. False unless a subtype says otherwise. */
    public boolean isRetryable() {
        return false;
    }
}
