package io.ultralink.cli.spend;

import io.ultralink.error.RunStoppedException;

/**
 * A call or cost cap was reached. Not retryable; the run that catches it stops cleanly, keeping
 * every record written so far, and running again resumes.
 */
public final class LimitReachedException extends RunStoppedException {

    private static final long serialVersionUID = 1L;

    /** @param message which cap, and the figures */
    public LimitReachedException(String message) {
        super(message);
    }
}
