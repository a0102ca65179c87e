package io.ultralink.error;

/**
 * The model service rejected the credentials (401) or the permission (403). Never retryable; the
 * message never contains the key.
 */
public class AuthenticationException extends LlmException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that must not contain any secret. */
    public AuthenticationException(String message) {
        super(message);
    }
}
