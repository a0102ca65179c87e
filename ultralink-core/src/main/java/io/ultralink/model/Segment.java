package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.Objects;

/**
 * A consecutive piece of a document's cleaned text, the knowledge one dialogue is grounded in.
 *
 * <p>{@code text} is exactly {@code document.text().substring(start, end)}; the segments of one
 * document, in index order, partition its text.
 *
 * @param source the document it was cut from
 * @param index 0-based position among the document's segments
 * @param start offset (UTF-16 chars, inclusive) into the document's cleaned text
 * @param end offset (exclusive); {@code end - start == text.length()}
 * @param tokenCount the number of tokens of {@code text} under the configured encoding
 * @param text the segment text, not blank
 */
public record Segment(SourceRef source, int index, int start, int end, int tokenCount, String text) {

    /** Validates every field and that the offsets agree with the text length. */
    public Segment {
        Objects.requireNonNull(source, "source");
        Checks.notNegative(index, "index");
        Checks.notNegative(start, "start");
        Checks.notNegative(tokenCount, "tokenCount");
        Checks.notBlank(text, "text");
        if (end - start != text.length()) {
            throw new IllegalArgumentException("end - start (" + end + " - " + start
                    + ") must equal text length " + text.length());
        }
    }

    /**
     * The stable id {@code {lang}-{pageId}-{revisionId}-{index}}: resume, caching and seeding key on it.
     */
    public String id() {
        return source.language() + "-" + source.pageId() + "-" + source.revisionId() + "-" + index;
    }

    @Override
    public String toString() {
        return "Segment[" + id() + ", " + start + ".." + end + ", " + tokenCount + " tokens]";
    }
}
