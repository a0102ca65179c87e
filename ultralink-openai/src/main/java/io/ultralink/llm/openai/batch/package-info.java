/**
 * The OpenAI Batch API as a {@link io.ultralink.llm.batch.BatchClient}: the requests uploaded as a
 * JSONL file, one batch of chat completions created from it, its status polled, and its output and
 * error files read back by custom id. Works with any server that implements the API (vLLM serves
 * the same file format).
 */
package io.ultralink.llm.openai.batch;
