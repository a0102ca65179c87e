package io.ultralink.llm.resilience;

import io.ultralink.error.TransientLlmException;

/**
 * A call did not finish within its deadline, retries and waits included. Transient (the service may
 * be faster later) but never retried by the call that ran out of time.
 */
public class DeadlineExceededException extends TransientLlmException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public DeadlineExceededException(String message, Throwable cause) {
        super(message, cause);
    }
}
