package io.ultralink.text.prepare;

import java.util.Objects;

/**
 * An input of a preparation run that could not be read to its end.
 *
 * @param input the file
 * @param reason what went wrong, with the place (file, byte offset or XML line, last page read)
 * @param pagesRead the pages of this input read and counted before the failure
 */
public record FailedInput(String input, String reason, long pagesRead) {

    /** Validates the fields. */
    public FailedInput {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
    }
}
