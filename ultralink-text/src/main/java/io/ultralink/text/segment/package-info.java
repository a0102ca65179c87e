/** The token-bounded {@link io.ultralink.segment.KnowledgeSegmenter} and its settings. */
package io.ultralink.text.segment;
