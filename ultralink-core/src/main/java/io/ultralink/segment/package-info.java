/** Knowledge segmentation: the {@link io.ultralink.segment.KnowledgeSegmenter} contract and its result. */
package io.ultralink.segment;
