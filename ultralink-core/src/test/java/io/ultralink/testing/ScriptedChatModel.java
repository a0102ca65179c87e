package io.ultralink.testing;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A chat model double that answers with a function of the request and records every request. */
public final class ScriptedChatModel implements ChatModel {

    private final Function<ChatRequest, ChatResponse> script;
    private final List<ChatRequest> requests = new ArrayList<>();
    private final String name;

    /** Answers each request with {@code script}. */
    public ScriptedChatModel(Function<ChatRequest, ChatResponse> script) {
        this("scripted", script);
    }

    /** Answers each request with {@code script}, as a model named {@code name}. */
    public ScriptedChatModel(String name, Function<ChatRequest, ChatResponse> script) {
        this.name = name;
        this.script = script;
    }

    /** A complete response. */
    public static ChatResponse stop(String text) {
        return new ChatResponse(text, FinishReason.STOP, new TokenUsage(100, 0, 10), "scripted");
    }

    /** A truncated response. */
    public static ChatResponse length(String text) {
        return new ChatResponse(text, FinishReason.LENGTH, new TokenUsage(100, 0, 10), "scripted");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
        return script.apply(request);
    }

    @Override
    public String modelName() {
        return name;
    }

    /** The requests received so far, in order. */
    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Whether {@code request} asks for a question (by its stage label). */
    public static boolean isQuestion(ChatRequest request) {
        return request.stage().orElse("").equals("dialogue.question");
    }
}
