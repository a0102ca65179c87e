package io.ultralink.llm.resilience;

import java.util.function.Consumer;

/**
 * A backend that reads rate-limit headers and tells listeners what they said, on every response
 * (errors included). {@link ResilientChatModel} subscribes to the model it wraps when it is one, to
 * pace calls ahead of the limit. The built-in OpenAI, Azure OpenAI and Anthropic backends are.
 */
public interface RateLimitSource {

    /** Tells {@code listener} each non-empty snapshot, on the thread that read the response. */
    void addRateLimitListener(Consumer<RateLimitSnapshot> listener);
}
