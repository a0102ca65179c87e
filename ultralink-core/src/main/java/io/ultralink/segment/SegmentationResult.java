package io.ultralink.segment;

import io.ultralink.internal.Checks;
import io.ultralink.model.Segment;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link KnowledgeSegmenter} made of one document.
 *
 * @param status whether the document was kept, and if not, why
 * @param documentTokens the token count of the whole document
 * @param segments the segments (empty unless {@link Status#KEPT})
 * @param forcedSplits how many boundaries had to fall inside an over-long sentence
 */
public record SegmentationResult(Status status, int documentTokens, List<Segment> segments, int forcedSplits) {

    /** Whether a document was segmented. */
    public enum Status {
        /** Within bounds and segmented. */
        KEPT,
        /** Fewer tokens than the document minimum. */
        TOO_SHORT,
        /** More tokens than the document maximum. */
        TOO_LONG
    }

    /** Validates that only kept documents have segments. */
    public SegmentationResult {
        Objects.requireNonNull(status, "status");
        Checks.notNegative(documentTokens, "documentTokens");
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        Checks.notNegative(forcedSplits, "forcedSplits");
        if (status == Status.KEPT && segments.isEmpty()) {
            throw new IllegalArgumentException("a kept document has at least one segment");
        }
        if (status != Status.KEPT && !segments.isEmpty()) {
            throw new IllegalArgumentException(status + " documents have no segments");
        }
    }

    /** A result for a document dropped for its length. */
    public static SegmentationResult dropped(Status status, int documentTokens) {
        return new SegmentationResult(status, documentTokens, List.of(), 0);
    }
}
