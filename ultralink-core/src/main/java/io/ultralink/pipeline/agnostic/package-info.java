/**
 * The language-agnostic pipeline (paper §2.2–2.4): English sources → culture filter (chat only) →
 * per-language pruning → verified translation → {@code {lang}_{type}.jsonl}, resumable and
 * exactly-once, with a {@link io.ultralink.pipeline.agnostic.AgnosticSummary} of counts by reason.
 */
package io.ultralink.pipeline.agnostic;
