package io.ultralink.llm.cache;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers from a {@link ResponseCache} when it holds the answer to an identical request, else asks
 * the wrapped model and stores answers that ended normally ({@link FinishReason#STOP} or
 * {@link FinishReason#LENGTH}); failures and filtered answers are never cached. Wrap a
 * {@link io.ultralink.llm.usage.UsageTracker} inside it so cache hits cost nothing in the accounts.
 */
public final class CachingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ResponseCache cache;
    private final String backend;

    /**
     * Creates the decorator.
     *
     * @param delegate the model asked on a miss
     * @param cache the cache (not closed by {@link #close()}: it may be shared)
     * @param backend the backend name that goes into keys ({@code openai}, {@code llamacpp}, ...)
     */
    public CachingChatModel(ChatModel delegate, ResponseCache cache, String backend) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String key = CacheKeys.of(backend, delegate.modelName(), request);
        Optional<ChatResponse> hit = cache.get(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        ChatResponse response = delegate.chat(request);
        if (response.finishReason() == FinishReason.STOP || response.finishReason() == FinishReason.LENGTH) {
            cache.put(key, backend, delegate.modelName(), response);
        }
        return response;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    /** The cache consulted. */
    public ResponseCache cache() {
        return cache;
    }

    /** Closes the wrapped model, not the cache. */
    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "CachingChatModel[" + backend + ", " + delegate + "]";
    }
}
