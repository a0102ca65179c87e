package io.ultralink.langchain4j.internal;

import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;

/** Maps a LangChain4j response to an UltraLink response. Not API. */
public final class Responses {

    private Responses() {
    }

    /**
     * The UltraLink response for {@code response}.
     *
     * @param fallbackModelName the name used when the provider reports none
     */
    public static ChatResponse fromLangChain4j(dev.langchain4j.model.chat.response.ChatResponse response,
            String fallbackModelName) {
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                : response.aiMessage().text();
        ChatResponseMetadata meta = response.metadata();
        String model = meta == null || meta.modelName() == null || meta.modelName().isBlank() ? fallbackModelName
                : meta.modelName();
        return new ChatResponse(text, finishReason(meta == null ? null : meta.finishReason()),
                usage(meta == null ? null : meta.tokenUsage()), model);
    }

    static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
        if (reason == null) {
            return FinishReason.OTHER;
        }
        return switch (reason) {
            case STOP -> FinishReason.STOP;
            case LENGTH -> FinishReason.LENGTH;
            case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
            case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
            default -> FinishReason.OTHER;
        };
    }

    static TokenUsage usage(dev.langchain4j.model.output.TokenUsage usage) {
        if (usage == null) {
            return TokenUsage.ZERO;
        }
        return new TokenUsage(count(usage.inputTokenCount()), 0, count(usage.outputTokenCount()));
    }

    private static long count(Integer n) {
        return n == null || n < 0 ? 0 : n;
    }
}
