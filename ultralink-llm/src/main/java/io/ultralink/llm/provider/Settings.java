package io.ultralink.llm.provider;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.http.HttpBackendBuilder;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Applies the settings all HTTP providers share. */
final class Settings {

    private Settings() {
    }

    /**
     * Applies {@code api-key-env} (the name of a variable holding the key; must be set), else
     * {@code api-key}; {@code timeout-seconds}; {@code log-requests}.
     */
    static void applyCommon(ChatModelConfig config, HttpBackendBuilder<?> builder) {
        Optional<String> keyEnv = config.get("api-key-env");
        if (keyEnv.isPresent()) {
            String variable = keyEnv.get().trim();
            Supplier<String> key = () -> System.getenv(variable);
            if (key.get() == null || key.get().isBlank()) {
                throw new ConfigurationException("backend setting 'api-key-env' names the environment variable '"
                        + variable + "', which is not set");
            }
            builder.apiKey(key);
        } else {
            config.get("api-key").ifPresent(builder::apiKey);
        }
        double timeout = config.getDouble("timeout-seconds", 60);
        if (timeout <= 0) {
            throw new ConfigurationException("backend setting 'timeout-seconds' must be > 0, was " + timeout);
        }
        builder.timeout(Duration.ofMillis((long) (timeout * 1000)));
        builder.logRequests(config.get("log-requests").map(Boolean::parseBoolean).orElse(false));
    }

    /** A positive whole number setting, or {@code fallback}. */
    static int positiveInt(ChatModelConfig config, String key, int fallback) {
        double v = config.getDouble(key, fallback);
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new ConfigurationException("backend setting '" + key + "' must be a whole number >= 0, was " + v);
        }
        return (int) v;
    }

    /** A {@code true}/{@code false} setting, or {@code fallback}. */
    static boolean bool(ChatModelConfig config, String key, boolean fallback) {
        String v = config.get(key).map(String::trim).orElse(Boolean.toString(fallback));
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new ConfigurationException("backend setting '" + key + "' must be true or false, was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
