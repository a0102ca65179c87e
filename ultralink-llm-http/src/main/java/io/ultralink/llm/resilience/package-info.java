/**
 * {@link io.ultralink.llm.resilience.ResilientChatModel}: retries with backoff and jitter, honoured
 * {@code Retry-After}, a per-call deadline, concurrency, request-rate and token-rate limits, and an
 * adaptive slow-down after rate-limit answers, around any {@link io.ultralink.llm.ChatModel}.
 */
package io.ultralink.llm.resilience;
