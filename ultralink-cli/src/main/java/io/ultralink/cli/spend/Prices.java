package io.ultralink.cli.spend;

import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.PriceTable;

/**
 * Costs by a {@link PriceTable}, with a {@value #DEFAULT} entry for models the table does not
 * name; a model with neither (a local GGUF model) costs nothing.
 */
public final class Prices {

    /** The price-table entry used for models not listed. */
    public static final String DEFAULT = "default";

    private Prices() {
    }

    /**
     * @param table the price table
     * @param model the model name
     * @param usage tokens used
     * @return the cost in the table's currency
     */
    public static double cost(PriceTable table, String model, TokenUsage usage) {
        return cost(table, model, usage, ModelPrice.Channel.ONLINE);
    }

    /**
     * @param table the price table
     * @param model the model name
     * @param usage tokens used
     * @param channel online or through a batch API
     * @return the cost in the table's currency
     */
    public static double cost(PriceTable table, String model, TokenUsage usage, ModelPrice.Channel channel) {
        return table.cost(model, usage, channel).orElseGet(() -> table.priceOf(DEFAULT)
                .map(p -> p.cost(usage, channel)).orElse(0.0));
    }

    /**
     * @param table the price table
     * @param model the model name
     * @param usage tokens used
     * @return the cost online and through a batch API
     */
    public static SpendLedger.Costs costs(PriceTable table, String model, TokenUsage usage) {
        return new SpendLedger.Costs(cost(table, model, usage, ModelPrice.Channel.ONLINE),
                cost(table, model, usage, ModelPrice.Channel.BATCH));
    }
}
