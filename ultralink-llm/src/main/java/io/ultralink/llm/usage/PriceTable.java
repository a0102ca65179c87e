package io.ultralink.llm.usage;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Per-million-token prices by model name. A model is priced by its exact name, else by the longest
 * configured name it starts with ({@code gpt-4o-mini} prices {@code gpt-4o-mini-2024-07-18}).
 * Loaded from YAML or JSON:
 *
 * <pre>
 * currency: USD
 * models:
 *   gpt-4o-mini: {input: 0.15, cached_input: 0.075, output: 0.60}
 * </pre>
 *
 * {@code cached_input} defaults to {@code input}.
 */
public final class PriceTable {

    private static final PriceTable EMPTY = new PriceTable("USD", Map.of());

    private final String currency;
    private final Map<String, ModelPrice> prices;

    /** A table of {@code prices} in {@code currency}. */
    public PriceTable(String currency, Map<String, ModelPrice> prices) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.prices = Map.copyOf(prices);
    }

    /** A table without prices (reports show no cost). */
    public static PriceTable empty() {
        return EMPTY;
    }

    /** Loads a table from a {@code .yaml}/{@code .yml} or {@code .json} file; bad entries fail naming file and model. */
    public static PriceTable load(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new JsonMapper();
        JsonNode root;
        try {
            String text = Files.readString(file);
            if (mapper instanceof YAMLMapper) {
                io.ultralink.format.YamlGuard.check(text, "price table " + file);
            }
            root = mapper.readTree(text);
        } catch (IOException | JacksonException e) {
            throw new ConfigurationException("cannot read price table " + file + ": " + e.getMessage(), e);
        }
        JsonNode models = root.path("models");
        if (!models.isObject()) {
            throw new ConfigurationException("price table " + file + ": needs a 'models' mapping");
        }
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : models.properties()) {
            JsonNode p = e.getValue();
            double input = number(file, e.getKey(), p, "input").orElseThrow(() -> new ConfigurationException(
                    "price table " + file + ": model '" + e.getKey() + "' needs 'input'"));
            double output = number(file, e.getKey(), p, "output").orElseThrow(() -> new ConfigurationException(
                    "price table " + file + ": model '" + e.getKey() + "' needs 'output'"));
            double cached = number(file, e.getKey(), p, "cached_input").orElse(input);
            try {
                prices.put(e.getKey(), new ModelPrice(input, cached, output));
            } catch (IllegalArgumentException bad) {
                throw new ConfigurationException("price table " + file + ": model '" + e.getKey() + "': "
                        + bad.getMessage(), bad);
            }
        }
        return new PriceTable(root.path("currency").asString("USD"), prices);
    }

    private static OptionalDouble number(Path file, String model, JsonNode price, String field) {
        JsonNode v = price.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber()) {
            throw new ConfigurationException("price table " + file + ": model '" + model + "' field '" + field
                    + "' must be a number, was " + v);
        }
        return OptionalDouble.of(v.asDouble());
    }

    /** The price of {@code model}: exact name, else the longest configured prefix. */
    public Optional<ModelPrice> priceOf(String model) {
        ModelPrice exact = prices.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        return prices.entrySet().stream().filter(e -> model.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue);
    }

    /** The cost of {@code usage} on {@code model}, when the model has a price. */
    public OptionalDouble cost(String model, TokenUsage usage) {
        return priceOf(model).map(p -> OptionalDouble.of(p.cost(usage))).orElse(OptionalDouble.empty());
    }

    /** The currency of the prices. */
    public String currency() {
        return currency;
    }
}
