package io.ultralink.error;

import java.util.Objects;
import java.util.Optional;

/**
 * Input data is malformed. Carries where it was found: the source (file name or other label), the
 * 1-based line number when known ({@code 0} if not) and the record id when known.
 */
public class InvalidInputException extends UltraLinkException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String recordId;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param source the file or other source the bad input came from
     * @param line 1-based line (or other position) number, {@code 0} when unknown
     * @param recordId the id of the bad record, or {@code null} when unknown
     * @param problem what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidInputException(String source, long line, String recordId, String problem, Throwable cause) {
        super(describe(source, line, recordId, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.recordId = recordId;
        this.problem = problem;
    }

    /** Creates the exception for a bad line of a file. */
    public InvalidInputException(String source, long line, String problem) {
        this(source, line, null, problem, null);
    }

    /** The file or other source of the bad input. */
    public String source() {
        return source;
    }

    /** 1-based line number, or {@code 0} when unknown. */
    public long line() {
        return line;
    }

    /** The id of the bad record, when known. */
    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    /** What is wrong, without the place (the message is the place followed by this). */
    public String problem() {
        return problem;
    }

    private static String describe(String source, long line, String recordId, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(source));
        if (line > 0) {
            where.append(':').append(line);
        }
        if (recordId != null) {
            where.append(" (record ").append(recordId).append(')');
        }
        return where + ": " + problem;
    }
}
