package io.ultralink.testing.agnostic;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link ChatModel} that answers with a function of the request, records every request and counts
 * calls. Thread-safe.
 */
public class ScriptedChatModel implements ChatModel {

    private final Function<ChatRequest, ChatResponse> script;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<ChatRequest> requests = Collections.synchronizedList(new ArrayList<>());

    /** A model whose answers {@code script} computes. */
    public ScriptedChatModel(Function<ChatRequest, ChatResponse> script) {
        this.script = script;
    }

    /** A model answering with the texts in turn (the last one repeats), each complete. */
    public static ScriptedChatModel replying(String... texts) {
        AtomicInteger next = new AtomicInteger();
        return new ScriptedChatModel(r -> ok(texts[Math.min(next.getAndIncrement(), texts.length - 1)]));
    }

    /** A complete answer with a token usage of 10 prompt and 5 completion tokens. */
    public static ChatResponse ok(String text) {
        return new ChatResponse(text, FinishReason.STOP, new TokenUsage(10, 0, 5), "scripted");
    }

    /** The text of the request's last user message. */
    public static String lastUser(ChatRequest request) {
        return request.messages().get(request.messages().size() - 1).content();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        requests.add(request);
        return script.apply(request);
    }

    @Override
    public String modelName() {
        return "scripted";
    }

    /** Calls made so far. */
    public int calls() {
        return calls.get();
    }

    /** The requests received, in order. */
    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }
}
