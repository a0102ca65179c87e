/**
 * Anthropic Message Batches as a {@link io.ultralink.llm.batch.BatchClient}: every request's Messages
 * API parameters in one {@code POST /v1/messages/batches}, polled by id, results read from its
 * {@code results_url} by custom id.
 */
package io.ultralink.llm.anthropic.batch;
