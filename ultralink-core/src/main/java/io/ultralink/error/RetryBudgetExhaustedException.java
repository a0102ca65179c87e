package io.ultralink.error;

/**
 * The retries a run may spend are spent: its model calls fail much more often than they succeed
 * (the service is down, refusing every call, or the quota is used up), so retrying further would only
 * hammer it. Not retryable now; a run that gets it should stop, keeping what it has written, and be
 * resumed later. Pipelines stop on it, as on every {@link RunStoppedException}, instead of recording a
 * failure for every remaining item.
 */
public class RetryBudgetExhaustedException extends RunStoppedException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the figures in {@code message} and the failure that found the budget empty. */
    public RetryBudgetExhaustedException(String message, Throwable cause) {
        super(message, cause);
    }
}
