package io.ultralink.cli.internal;

/** Process exit codes of the {@code ultralink} command. Not API. */
public final class ExitCodes {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** A run-time failure (input, model, I/O). */
    public static final int FAILURE = 1;
    /** Bad usage or configuration, or a stage this build does not include. */
    public static final int CONFIG = 2;
    /** A {@code --max-calls} or {@code --max-cost} cap stopped the run; running again resumes. */
    public static final int LIMIT_REACHED = 3;

    private ExitCodes() {
    }
}
