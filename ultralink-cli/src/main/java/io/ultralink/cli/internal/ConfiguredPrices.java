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
     * prompt price is the prompt price.
     *
     * @throws ConfigurationException naming {@code prices.MODEL} for a negative price
     */
    static PriceTable of(ResolvedConfig config) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        config.prices().forEach((model, p) -> {
            double prompt = p.prompt() == null ? 0 : p.prompt();
            try {
                prices.put(model, new ModelPrice(prompt, p.cachedPrompt() == null ? prompt : p.cachedPrompt(),
                        p.completion() == null ? 0 : p.completion()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("config key prices." + model + ": " + e.getMessage(), e);
            }
        });
        return new PriceTable("USD", prices);
    }
}
