package io.ultralink.llm.cache;

import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers from a {@link ResponseCache} when it holds the answer to an identical request, else asks
 * the wrapped model and stores answers that ended normally ({@link FinishReason#STOP} or
 * {@link FinishReason#LENGTH}); failures and filtered answers are never cached. Wrap a usage
 * tracker ({@code io.ultralink.llm.usage.UsageTracker} of {@code ultralink-llm}) inside it so cache
 * hits cost nothing in the accounts.
 */
public final class CachingChatModel implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(CachingChatModel.class);

    /** Hears about answers replayed from the cache. */
    @FunctionalInterface
    public interface HitListener {
        /** {@code response} answered {@code request} from the cache; no model was called. */
        void onHit(ChatRequest request, ChatResponse response);
    }

    private final ChatModel delegate;
    private final ResponseCache cache;
    private final String backend;
    private final HitListener listener;
    private final AtomicBoolean failed = new AtomicBoolean();

    /**
     * Creates the decorator.
     *
     * @param delegate the model asked on a miss
     * @param cache the cache (not closed by {@link #close()}: it may be shared)
     * @param backend the backend name that goes into keys ({@code openai}, {@code llamacpp}, ...; the
     *     delegate's {@link ChatModel#identity()} also names its endpoint)
     */
    public CachingChatModel(ChatModel delegate, ResponseCache cache, String backend) {
        this(delegate, cache, backend, (request, response) -> {
        });
    }

    /**
     * Creates the decorator with a listener of cache hits.
     *
     * @param listener hears every answer replayed from the cache
     */
    public CachingChatModel(ChatModel delegate, ResponseCache cache, String backend, HitListener listener) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * {@inheritDoc} When the cache cannot be read or written (a corrupt file, a lock held too long),
     * one warning is logged and every later call goes to the model: the cache never fails a call.
     */
    @Override
    public ChatResponse chat(ChatRequest request) {
        if (failed.get()) {
            return delegate.chat(request);
        }
        String key = CacheKeys.of(backend, delegate.modelName(), request);
        Optional<ChatResponse> hit = read(key);
        if (hit.isPresent()) {
            listener.onHit(request, hit.get());
            return hit.get();
        }
        ChatResponse response = delegate.chat(request);
        if (response.finishReason() == FinishReason.STOP || response.finishReason() == FinishReason.LENGTH) {
            write(key, response);
        }
        return response;
    }

    /** Whether the cache failed and the decorator now passes every call through. */
    public boolean passingThrough() {
        return failed.get();
    }

    private Optional<ChatResponse> read(String key) {
        try {
            return cache.get(key);
        } catch (UltraLinkException e) {
            degrade(e);
            return Optional.empty();
        }
    }

    private void write(String key, ChatResponse response) {
        try {
            cache.put(key, backend, delegate.modelName(), response);
        } catch (UltraLinkException e) {
            degrade(e);
        }
    }

    private void degrade(UltraLinkException e) {
        if (failed.compareAndSet(false, true)) {
            LOG.warn("response cache disabled for the rest of the run, every call goes to the model: {}",
                    e.getMessage());
        }
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public String identity() {
        return delegate.identity();
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
