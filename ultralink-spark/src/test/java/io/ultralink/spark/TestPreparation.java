package io.ultralink.spark;

import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.segment.SegmenterSettings;

/** The preparation of the tests: real components (Lingua, OpenCC, cl100k), small document and segment bounds. */
record TestPreparation(int minDocumentTokens, int minSegmentTokens, int maxSegmentTokens) implements PreparationFactory {

    @Override
    public KnowledgePreparation create() {
        return KnowledgePreparation.builder().threads(1)
                .segmenterSettings(new SegmenterSettings(minDocumentTokens, 10_000, minSegmentTokens, maxSegmentTokens))
                .build();
    }
}
