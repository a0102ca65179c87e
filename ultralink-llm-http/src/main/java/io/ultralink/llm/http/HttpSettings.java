package io.ultralink.llm.http;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.ChatModelConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Applies the provider settings every HTTP backend shares, for {@link io.ultralink.llm.ChatModelProvider}s. */
public final class HttpSettings {

    private HttpSettings() {
    }

    /**
     * Applies {@code api-key-env} (the name of a variable holding the key; must be set), else
     * {@code api-key}; {@code timeout-seconds}; {@code log-requests}.
     *
     * @param config the provider settings
     * @param builder the backend builder they are applied to
     */
    public static void applyCommon(ChatModelConfig config, HttpBackendBuilder<?> builder) {
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
}
