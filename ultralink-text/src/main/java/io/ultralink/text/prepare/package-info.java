/**
 * The knowledge-preparation pipeline: Wikipedia dumps to token-bounded segments in JSONL, with a report.
 * Entry point: {@link io.ultralink.text.prepare.KnowledgePreparation}.
 */
package io.ultralink.text.prepare;
