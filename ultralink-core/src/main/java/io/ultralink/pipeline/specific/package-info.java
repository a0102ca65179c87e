/**
 * The language-specific pipeline (paper §2.1): segments JSONL → knowledge-grounded dialogues →
 * {@code {lang}_chat_specific.jsonl}, resumable and exactly-once. Entry point:
 * {@link io.ultralink.pipeline.specific.LanguageSpecificPipeline}.
 */
package io.ultralink.pipeline.specific;
