package io.ultralink.text.prepare;

import java.util.Objects;

/**
 * A page dropped for its language.
 *
 * @param pageId the page id
 * @param title the page title
 * @param expected the language the dump was declared to be in
 * @param detected the language detected, or {@code "unknown"}
 * @param confidence the detector's confidence in {@code detected}
 */
public record WrongLanguage(long pageId, String title, String expected, String detected, double confidence) {

    /** Validates the fields. */
    public WrongLanguage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(detected, "detected");
    }
}
