package io.ultralink.cli.config;

import io.ultralink.cli.download.DownloadListener;
import io.ultralink.cli.internal.BackendResolver;
import io.ultralink.llm.ChatModel;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The chat model a configuration's {@code backend.*} keys choose, chosen as {@code ultralink run} chooses it (an
 * API backend when configured or keyed, else the embedded backend with {@code backend.modelFile}, else the default
 * model, downloaded on first use), without the command's metering and caps. For programs that run the
 * configuration elsewhere, such as the Spark jobs of {@code ultralink-spark}; the caller closes the model.
 */
public final class ConfiguredBackend {

    private ConfiguredBackend() {
    }

    /**
     * Creates the configured model.
     *
     * @param config the configuration
     * @param env the environment API keys and base URLs are read from
     * @return the model
     * @throws io.ultralink.error.ConfigurationException when the backend settings are wrong or incomplete
     */
    public static ChatModel create(ResolvedConfig config, Map<String, String> env) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(env, "env");
        return BackendResolver.create(new BackendResolver(config, env).choose(DownloadListener.NONE),
                UnaryOperator.identity(), config.backend().concurrency());
    }
}
