/**
 * The Anthropic Messages API backend: {@code x-api-key} and {@code anthropic-version} headers, the
 * system prompt as a top-level field, {@code stop_reason} and cache-aware usage.
 */
package io.ultralink.llm.anthropic;
