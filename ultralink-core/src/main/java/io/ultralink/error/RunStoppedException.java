package io.ultralink.error;

/**
 * The run was asked to stop (a call or cost cap, an operator's request). No item failed: pipelines
 * that meet it stop at once, record nothing as failed for it, keep every finished item and let a
 * later run resume. Never retryable.
 */
public class RunStoppedException extends UltraLinkException {

    private static final long serialVersionUID = 1L;

    /** @param message why the run stops */
    public RunStoppedException(String message) {
        super(message);
    }

    /** @param message why the run stops @param cause what made it stop */
    public RunStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
