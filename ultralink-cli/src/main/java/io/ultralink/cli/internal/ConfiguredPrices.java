package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.PriceTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The price table of config key {@code prices}. Not API. */
final class ConfiguredPrices {

    private ConfiguredPrices() {
    }

    /**
     * USD per million tokens by model; an unset prompt or completion price is 0, an unset cached
     * prompt price is the prompt price; batch prices default to half the online ones.
     *
     * @throws ConfigurationException naming {@code prices.MODEL} for a negative price
     */
    static PriceTable of(ResolvedConfig config) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        config.prices().forEach((model, p) -> {
            double prompt = p.prompt() == null ? 0 : p.prompt();
            double cached = p.cachedPrompt() == null ? prompt : p.cachedPrompt();
            double completion = p.completion() == null ? 0 : p.completion();
            try {
                prices.put(model, new ModelPrice(prompt, cached, completion,
                        p.batchPrompt() == null ? prompt / 2 : p.batchPrompt(), cached / 2,
                        p.batchCompletion() == null ? completion / 2 : p.batchCompletion()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("config key prices." + model + ": " + e.getMessage(), e);
            }
        });
        return new PriceTable("USD", prices);
    }
}
