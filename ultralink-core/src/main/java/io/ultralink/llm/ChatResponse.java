package io.ultralink.llm;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the generated text (empty only when the provider produced none, e.g. a content filter)
 * @param finishReason why generation stopped; {@link FinishReason#LENGTH} means {@code text} is truncated
 * @param usage token counts as reported
 * @param modelName the model that answered, as the provider names it
 */
public record ChatResponse(String text, FinishReason finishReason, TokenUsage usage, String modelName) {

    /** Validates non-null fields. */
    public ChatResponse {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(modelName, "modelName");
    }
}
