package io.ultralink.llm;

import io.ultralink.llm.internal.AsyncCalls;
import java.util.concurrent.CompletableFuture;

/**
 * A language model that continues a chat. The SDK's only way to reach a model: every stage that
 * needs one takes a {@code ChatModel}, and backends (HTTP APIs, embedded llama.cpp, test doubles)
 * implement it.
 *
 * <p>Contract: {@link #chat} returns a response or throws an {@link io.ultralink.error.LlmException}
 * subtype; it never returns an empty text to hide an error. A truncated answer is returned with
 * {@link FinishReason#LENGTH}, not thrown. Implementations are safe for concurrent use.
 */
public interface ChatModel extends AutoCloseable {

    /**
     * Sends the request and waits for the whole answer.
     *
     * @throws io.ultralink.error.LlmException or a subtype when the call fails
     */
    ChatResponse chat(ChatRequest request);

    /**
     * Sends the request without blocking the caller. The default runs {@link #chat} on a shared pool
     * of daemon threads; HTTP backends override it with their own asynchronous client.
     */
    default CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        return AsyncCalls.supply(() -> chat(request));
    }

    /** The model name requests go to, for records and accounting. */
    String modelName();

    /**
     * Names the backend, where it is reached and the model, for run fingerprints and cache keys:
     * {@code "openai https://api.openai.com/v1 gpt-4o-mini"}. Two models with the same identity give
     * interchangeable answers; the identity never holds a secret (no key, no URL user-info or query).
     * Decorators return their delegate's. The default is {@link #modelName()}.
     */
    default String identity() {
        return modelName();
    }

    /** Releases what the model created (connections, native memory). The default does nothing. */
    @Override
    default void close() {
    }
}
