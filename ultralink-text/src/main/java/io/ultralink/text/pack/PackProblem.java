package io.ultralink.text.pack;

import java.util.Objects;

/**
 * One thing wrong with a pack file.
 *
 * @param file the pack file
 * @param line the 1-based line of the field, 0 when the problem has no line
 * @param field the dotted field path ({@code dialogue.initialQuestion}), empty for the whole file
 * @param severity an error (the pack is not ready) or a warning (worth a look)
 * @param message what is wrong and what to do
 */
public record PackProblem(String file, int line, String field, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The pack must not be used as it is. */
        ERROR,
        /** Possibly fine; a native speaker should look. */
        WARNING
    }

    /** Validates. */
    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: error: field: message}, as compilers print it. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
