package io.ultralink.examples;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ChatModel} decorator that ends every completion at its first full stop and counts the
 * calls. A tiny story model (such as {@code stories260K.gguf}) rarely ends a turn by itself, so every
 * turn would be cut by the token limit; stopping at a sentence lets some turns finish and dialogues
 * go on, which is what mechanics tests and cache measurements need. Not for real generation.
 */
public final class FirstSentenceModel implements ChatModel {

    private final ChatModel delegate;
    private final AtomicInteger calls = new AtomicInteger();

    /** Wraps {@code delegate}, which this decorator closes. */
    public FirstSentenceModel(ChatModel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        return delegate.chat(request.toBuilder().stop(List.of(".")).build());
    }

    /** Calls received so far. */
    public int calls() {
        return calls.get();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "FirstSentenceModel[" + delegate + "]";
    }
}
