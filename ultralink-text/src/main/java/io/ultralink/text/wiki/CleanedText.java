package io.ultralink.text.wiki;

import java.util.Objects;

/**
 * The plain text of a page and what the cleaner dropped as reference sections.
 *
 * @param text the plain text, as {@link WikitextCleaner#clean} returns it
 * @param referenceSections reference sections (See also, References, ...) dropped that had text in them
 * @param referenceChars characters of those sections' lines, after markup removal
 */
public record CleanedText(String text, int referenceSections, long referenceChars) {

    /** Validates. */
    public CleanedText {
        Objects.requireNonNull(text, "text");
        if (referenceSections < 0 || referenceChars < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + referenceSections + " and "
                    + referenceChars);
        }
    }

    /** Text from which nothing was dropped. */
    public static CleanedText of(String text) {
        return new CleanedText(text, 0, 0);
    }
}
