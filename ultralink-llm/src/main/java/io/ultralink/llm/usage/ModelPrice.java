package io.ultralink.llm.usage;

import io.ultralink.llm.TokenUsage;

/**
 * Prices of one model per million tokens, online and through a provider's batch API.
 *
 * @param input price of uncached prompt tokens
 * @param cachedInput price of prompt tokens served from the provider's cache
 * @param output price of completion tokens
 * @param batchInput price of prompt tokens sent through a batch API
 * @param batchCachedInput price of cached prompt tokens sent through a batch API
 * @param batchOutput price of completion tokens answered through a batch API
 */
public record ModelPrice(double input, double cachedInput, double output, double batchInput, double batchCachedInput,
        double batchOutput) {

    /** How a call was made, which decides its price. */
    public enum Channel {
        /** Answered as it was made. */
        ONLINE,
        /** Answered through a provider's batch API. */
        BATCH
    }

    /** Validates that no price is negative. */
    public ModelPrice {
        if (input < 0 || cachedInput < 0 || output < 0 || batchInput < 0 || batchCachedInput < 0 || batchOutput < 0) {
            throw new IllegalArgumentException("prices must not be negative: " + input + ", " + cachedInput + ", "
                    + output + ", batch " + batchInput + ", " + batchCachedInput + ", " + batchOutput);
        }
    }

    /** Online prices; batch prices are half of them (the OpenAI and Anthropic batch discount). */
    public ModelPrice(double input, double cachedInput, double output) {
        this(input, cachedInput, output, input / 2, cachedInput / 2, output / 2);
    }

    /** The online cost of {@code usage}. */
    public double cost(TokenUsage usage) {
        return cost(usage, Channel.ONLINE);
    }

    /** The cost of {@code usage} through {@code channel}. */
    public double cost(TokenUsage usage, Channel channel) {
        boolean batch = channel == Channel.BATCH;
        long uncached = usage.promptTokens() - usage.cachedPromptTokens();
        return (uncached * (batch ? batchInput : input) + usage.cachedPromptTokens() * (batch ? batchCachedInput
                : cachedInput) + usage.completionTokens() * (batch ? batchOutput : output)) / 1_000_000.0;
    }
}
