package io.ultralink.llm.usage;

import io.ultralink.llm.TokenUsage;

/**
 * Prices of one model per million tokens.
 *
 * @param input price of uncached prompt tokens
 * @param cachedInput price of prompt tokens served from the provider's cache
 * @param output price of completion tokens
 */
public record ModelPrice(double input, double cachedInput, double output) {

    /** Validates that no price is negative. */
    public ModelPrice {
        if (input < 0 || cachedInput < 0 || output < 0) {
            throw new IllegalArgumentException("prices must not be negative: " + input + ", " + cachedInput + ", "
                    + output);
        }
    }

    /** The cost of {@code usage}. */
    public double cost(TokenUsage usage) {
        long uncached = usage.promptTokens() - usage.cachedPromptTokens();
        return (uncached * input + usage.cachedPromptTokens() * cachedInput + usage.completionTokens() * output)
                / 1_000_000.0;
    }
}
