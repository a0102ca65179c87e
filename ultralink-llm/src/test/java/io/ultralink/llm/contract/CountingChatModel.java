package io.ultralink.llm.contract;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import java.util.concurrent.atomic.AtomicInteger;

/** A test model that answers with the last message reversed and counts its calls. */
public final class CountingChatModel implements ChatModel {

    private final String name;
    private final AtomicInteger calls = new AtomicInteger();

    /** A model called {@code name}. */
    public CountingChatModel(String name) {
        this.name = name;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        String last = request.messages().get(request.messages().size() - 1).content();
        return new ChatResponse(new StringBuilder(last).reverse().toString(), FinishReason.STOP,
                new TokenUsage(last.length(), 0, last.length() / 2 + 1), name);
    }

    @Override
    public String modelName() {
        return name;
    }

    /** Calls so far. */
    public int calls() {
        return calls.get();
    }
}
