package io.ultralink.segment;

import io.ultralink.model.Document;
import io.ultralink.model.Segment;
import java.util.List;

/**
 * Cuts a cleaned document into the segments dialogues are grounded in.
 *
 * <p>Contract, for a document whose token count lies within the configured document bounds
 * (paper: 1,000–10,000 tokens):
 * <ul>
 *   <li>the segments, in index order, are consecutive and partition the text: the first starts at
 *       0, each starts where the previous ended, the last ends at {@code text.length()}, so their
 *       concatenation equals the document text (nothing lost, nothing duplicated);</li>
 *   <li>no segment boundary falls inside a sentence, except where a single sentence is longer than
 *       the segment maximum; such splits (at clause, then word boundaries) are counted in
 *       {@link SegmentationResult#forcedSplits()};</li>
 *   <li>every segment's token count lies within the segment bounds (paper: 1,000–2,000) whenever
 *       the sentence lengths allow it.</li>
 * </ul>
 * A document outside the document bounds yields no segments and a status that says why.
 * Implementations are deterministic and thread-safe.
 */
public interface KnowledgeSegmenter {

    /** Segments one document. */
    SegmentationResult segment(Document document);

    /** The segments of {@code document}, empty when it was filtered out. */
    default List<Segment> segments(Document document) {
        return segment(document).segments();
    }
}
