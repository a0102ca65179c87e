package io.ultralink.cli.spend;

import io.ultralink.llm.TokenUsage;
import java.util.Map;
import java.util.Objects;

/**
 * Prices in USD per million tokens, by model name, with an optional {@code default} entry. A model
 * without a price (a local GGUF model) costs nothing.
 */
public final class PriceTable {

    /** The key of the entry used for models not listed. */
    public static final String DEFAULT = "default";

    /**
     * A price.
     *
     * @param promptPerMillion USD per million prompt tokens
     * @param completionPerMillion USD per million completion tokens
     */
    public record Price(double promptPerMillion, double completionPerMillion) {
        /** Validates. */
        public Price {
            if (promptPerMillion < 0 || completionPerMillion < 0) {
                throw new IllegalArgumentException("prices must be >= 0");
            }
        }
    }

    private final Map<String, Price> prices;

    /** @param prices model name (or {@value #DEFAULT}) to price */
    public PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(Objects.requireNonNull(prices, "prices"));
    }

    /** @return a table where everything is free */
    public static PriceTable free() {
        return new PriceTable(Map.of());
    }

    /**
     * @param model the model name
     * @return its price, the default price, or zero
     */
    public Price price(String model) {
        Price p = prices.get(model);
        if (p == null) {
            p = prices.get(DEFAULT);
        }
        return p == null ? new Price(0, 0) : p;
    }

    /**
     * @param model the model name
     * @param usage tokens used
     * @return the cost in USD
     */
    public double cost(String model, TokenUsage usage) {
        Price p = price(model);
        return (usage.promptTokens() * p.promptPerMillion() + usage.completionTokens() * p.completionPerMillion()) / 1e6;
    }

    /** @return whether no price is listed at all */
    public boolean isEmpty() {
        return prices.isEmpty();
    }
}
