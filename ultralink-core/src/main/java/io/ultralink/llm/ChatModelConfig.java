package io.ultralink.llm;

import io.ultralink.error.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings handed to a {@link ChatModelProvider}: a flat map of string keys ({@code model},
 * {@code base-url}, {@code api-key-env}, {@code model-file}, ...) as they come from a config file or
 * the command line. {@link #toString()} masks every key whose name suggests a secret.
 *
 * @param values the settings
 */
public record ChatModelConfig(Map<String, String> values) {

    /** Copies the map. */
    public ChatModelConfig {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** A config from alternating keys and values. */
    public static ChatModelConfig of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ChatModelConfig(map);
    }

    /** The value of {@code key}, if set and not blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** The value of {@code key}, or a {@link ConfigurationException} naming it. */
    public String require(String key) {
        return get(key).orElseThrow(() -> new ConfigurationException("missing backend setting '" + key + "'"));
    }

    /** The value of {@code key} as a number, or {@code fallback}; a non-number fails naming the key. */
    public double getDouble(String key, double fallback) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.get().trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException("backend setting '" + key + "' must be a number, was '" + v.get() + "'", e);
        }
    }

    /** The value of {@code key} as a whole number {@code >= 0}, or {@code fallback}; anything else fails naming the key. */
    public int getWholeNumber(String key, int fallback) {
        double v = getDouble(key, fallback);
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new ConfigurationException("backend setting '" + key + "' must be a whole number >= 0, was " + v);
        }
        return (int) v;
    }

    /** The value of {@code key} as {@code true}/{@code false} (any case), or {@code fallback}; anything else fails naming the key. */
    public boolean getBoolean(String key, boolean fallback) {
        String v = get(key).map(String::trim).orElse(Boolean.toString(fallback));
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new ConfigurationException("backend setting '" + key + "' must be true or false, was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((k, v) -> shown.put(k, isSecret(k) ? "****" : v));
        return "ChatModelConfig" + shown;
    }

    private static boolean isSecret(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return (k.contains("key") && !k.endsWith("-env")) || k.contains("secret") || k.contains("token")
                || k.contains("password");
    }
}
