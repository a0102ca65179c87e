package io.ultralink.format;

/** What a reader does with a line it cannot parse. */
public enum BadLinePolicy {
    /** Throw an {@link io.ultralink.error.InvalidInputException} naming the file and line. */
    FAIL,
    /** Skip the line, count it and keep its error for the report. */
    SKIP
}
