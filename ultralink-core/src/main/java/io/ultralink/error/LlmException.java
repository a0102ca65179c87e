package io.ultralink.error;

/**
 * A call to a language model failed. Subtypes say why; this base type is used for failures that
 * fit no narrower one (for example a response that cannot be parsed) and is not retryable.
 */
public class LlmException extends UltraLinkException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public LlmException(String message) {
        super(message);
    }

    /** Creates the exception with a message and cause. */
    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
