package io.ultralink.cli.spend;

import io.ultralink.llm.TokenUsage;
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
        return table.cost(model, usage).orElseGet(() -> table.priceOf(DEFAULT).map(p -> p.cost(usage)).orElse(0.0));
    }
}
