package io.ultralink.text.segment;

import io.ultralink.error.ConfigurationException;

/**
 * Token bounds of the knowledge segmenter. The paper's values are the {@link #defaults()}: documents of
 * 1,000–10,000 tokens, segments of 1,000–2,000 tokens.
 *
 * @param minDocumentTokens documents with fewer tokens are dropped as too short
 * @param maxDocumentTokens documents with more tokens are dropped as too long
 * @param minSegmentTokens the smallest segment wanted (a document shorter than this is not kept)
 * @param maxSegmentTokens the largest segment allowed
 */
public record SegmenterSettings(int minDocumentTokens, int maxDocumentTokens, int minSegmentTokens,
        int maxSegmentTokens) {

    /** Validates the bounds. */
    public SegmenterSettings {
        if (minSegmentTokens < 1) {
            throw new ConfigurationException("minSegmentTokens must be >= 1, was " + minSegmentTokens);
        }
        if (maxSegmentTokens < 2 * minSegmentTokens - 1) {
            throw new ConfigurationException("maxSegmentTokens (" + maxSegmentTokens
                    + ") must be at least 2 * minSegmentTokens - 1 (" + (2 * minSegmentTokens - 1)
                    + ") so that every longer document can be partitioned");
        }
        if (minDocumentTokens < minSegmentTokens) {
            throw new ConfigurationException("minDocumentTokens (" + minDocumentTokens
                    + ") must be >= minSegmentTokens (" + minSegmentTokens + ")");
        }
        if (maxDocumentTokens < minDocumentTokens) {
            throw new ConfigurationException("maxDocumentTokens (" + maxDocumentTokens
                    + ") must be >= minDocumentTokens (" + minDocumentTokens + ")");
        }
    }

    /** The paper's bounds: documents 1,000–10,000 tokens, segments 1,000–2,000 tokens. */
    public static SegmenterSettings defaults() {
        return new SegmenterSettings(1_000, 10_000, 1_000, 2_000);
    }
}
