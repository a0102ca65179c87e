package io.ultralink.error;

/**
 * The model service rejected the request itself (400, 404, 422: unknown model, bad parameter,
 * context too long). Repeating the same request cannot help.
 */
public class InvalidRequestException extends LlmException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the service's explanation. */
    public InvalidRequestException(String message) {
        super(message);
    }
}
