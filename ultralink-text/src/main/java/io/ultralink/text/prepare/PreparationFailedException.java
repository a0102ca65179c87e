package io.ultralink.text.prepare;

import io.ultralink.error.InvalidInputException;
import java.util.Objects;

/**
 * A preparation run stopped at an input it could not read. Every segment produced before the failure is in the
 * segments file, and {@link #report()} holds the counts up to the failure with the input that failed among its
 * {@linkplain PreparationReport#failedInputs() failed inputs}. The message is the input error's.
 */
public class PreparationFailedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient PreparationReport report;

    /**
     * @param cause the error that stopped the run
     * @param report the counts up to the failure
     */
    public PreparationFailedException(InvalidInputException cause, PreparationReport report) {
        super(cause.source(), cause.line(), cause.recordId().orElse(null), cause.problem(), cause);
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The report of the run up to the failure. */
    public PreparationReport report() {
        return report;
    }
}
