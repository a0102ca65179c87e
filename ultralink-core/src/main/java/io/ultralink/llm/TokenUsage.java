package io.ultralink.llm;

import io.ultralink.internal.Checks;

/**
 * Tokens a call consumed, as the provider reported them.
 *
 * @param promptTokens all prompt tokens, cached ones included
 * @param cachedPromptTokens the part of {@code promptTokens} served from the provider's prefix cache
 * @param completionTokens generated tokens
 */
public record TokenUsage(long promptTokens, long cachedPromptTokens, long completionTokens) {

    /** No usage. */
    public static final TokenUsage ZERO = new TokenUsage(0, 0, 0);

    /** Validates the counts. */
    public TokenUsage {
        Checks.notNegative(promptTokens, "promptTokens");
        Checks.notNegative(cachedPromptTokens, "cachedPromptTokens");
        Checks.notNegative(completionTokens, "completionTokens");
        if (cachedPromptTokens > promptTokens) {
            throw new IllegalArgumentException("cachedPromptTokens " + cachedPromptTokens
                    + " exceeds promptTokens " + promptTokens);
        }
    }

    /** Prompt plus completion tokens. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }

    /** The sum of two usages. */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(promptTokens + other.promptTokens, cachedPromptTokens + other.cachedPromptTokens,
                completionTokens + other.completionTokens);
    }
}
