package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.cli.download.DownloadListener;
import io.ultralink.cli.download.ModelDownloader;
import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModels;
import io.ultralink.llm.backends.Backends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Chooses the chat model, in this order: a configured API backend (provider named, or an API key or
 * base URL present); else the embedded llama.cpp backend with {@code backend.modelFile}; else the
 * embedded backend with the default model, downloaded on first use. API backends get retries,
 * backoff and rate-limit handling ({@link Backends#resilient}). Not API.
 */
public final class BackendResolver {

    /** API providers. */
    public static final Set<String> API_PROVIDERS = Set.of("openai", "azure-openai", "anthropic");
    /** The embedded provider. */
    public static final String EMBEDDED = "llamacpp";
    /** Attempts in flight an API backend allows at least: {@code ResilientChatModel}'s default. */
    static final int DEFAULT_CALLS_IN_FLIGHT = 16;

    private final ResolvedConfig config;
    private final Map<String, String> env;

    /**
     * @param config the configuration
     * @param env the environment
     */
    public BackendResolver(ResolvedConfig config, Map<String, String> env) {
        this.config = config;
        this.env = env;
    }

    /** What was chosen, before anything is created. */
    public record Choice(String provider, ChatModelConfig settings, String description) {
    }

    /**
     * Decides on a backend, downloading the default model if that is the choice.
     *
     * @param download hears about a model download
     * @return the choice
     */
    public Choice choose(DownloadListener download) {
        UltraLinkConfig.Backend b = config.backend();
        String provider = b.provider() == null ? null : b.provider().trim().toLowerCase(Locale.ROOT);
        checkProvider(provider);
        String keyEnv = b.apiKeyEnv() != null ? b.apiKeyEnv() : defaultKeyEnv(provider);
        Optional<String> apiKey = Optional.ofNullable(env.get(keyEnv)).filter(v -> !v.isBlank());
        Optional<String> baseUrl = Optional.ofNullable(b.baseUrl())
                .or(() -> Optional.ofNullable(env.get("OPENAI_BASE_URL"))).filter(v -> !v.isBlank());
        boolean api = provider != null ? API_PROVIDERS.contains(provider)
                : apiKey.isPresent() || baseUrl.isPresent();
        if (api) {
            return api(provider == null ? "openai" : provider, b, keyEnv, apiKey, baseUrl);
        }
        Path modelFile = config.path(b.modelFile()).orElse(null);
        if (modelFile != null) {
            if (!Files.isRegularFile(modelFile)) {
                throw new ConfigurationException("model file " + modelFile
                        + " does not exist (option --model-file, config key backend.modelFile)");
            }
            return embedded(modelFile, "llama.cpp with " + modelFile);
        }
        UltraLinkConfig.DefaultModel d = config.defaultModel();
        ModelDownloader downloader = ModelDownloader.builder()
                .url(d.url() != null ? d.url() : ModelDownloader.defaultUrl(
                        d.revision() != null ? d.revision() : ModelDownloader.DEFAULT_REVISION))
                .allowUnpinned(Boolean.TRUE.equals(d.allowUnpinned()))
                .fileName(d.fileName() != null ? d.fileName()
                        : d.url() == null ? ModelDownloader.DEFAULT_FILE_NAME : null)
                .cacheDir(config.path(d.cacheDir()).orElse(null))
                .sha256(d.sha256())
                .size(d.sizeBytes() == null ? -1 : d.sizeBytes())
                .offline(config.offline())
                .listener(download)
                .build();
        Path file = downloader.ensure();
        return embedded(file, "llama.cpp with the default model " + file);
    }

    /**
     * @param provider a backend name from the configuration, or null
     * @throws ConfigurationException when it names no known backend
     */
    public static void checkProvider(String provider) {
        String p = provider == null ? null : provider.trim().toLowerCase(Locale.ROOT);
        if (p != null && !API_PROVIDERS.contains(p) && !p.equals(EMBEDDED)) {
            throw new ConfigurationException("config key 'backend.provider' (option --backend): unknown backend '"
                    + provider + "'; use one of openai, azure-openai, anthropic, llamacpp");
        }
    }

    private Choice api(String provider, UltraLinkConfig.Backend b, String keyEnv, Optional<String> apiKey,
            Optional<String> baseUrl) {
        if (config.offline() && !baseUrl.map(BackendResolver::isLoopback).orElse(false)) {
            throw new ConfigurationException("--offline (config key offline) forbids the " + provider
                    + " API backend; use --model-file PATH (config key backend.modelFile) or a loopback --base-url");
        }
        if (b.model() == null && (b.options() == null || !b.options().containsKey("deployment"))) {
            throw new ConfigurationException("the " + provider + " backend needs a model name: option --model "
                    + "(config key backend.model)");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (b.options() != null) {
            settings.putAll(b.options());
        }
        put(settings, "model", b.model());
        put(settings, "base-url", baseUrl.orElse(null));
        put(settings, "api-key", apiKey.orElse(null));
        return new Choice(provider, new ChatModelConfig(settings), provider + (b.model() == null ? "" : " " + b.model())
                + baseUrl.map(u -> " at " + u).orElse(""));
    }

    private Choice embedded(Path modelFile, String description) {
        UltraLinkConfig.Backend b = config.backend();
        Map<String, String> settings = new LinkedHashMap<>();
        if (b.options() != null) {
            settings.putAll(b.options());
        }
        put(settings, "model-file", modelFile.toString());
        put(settings, "context-size", b.contextSize());
        put(settings, "threads", b.threads());
        return new Choice(EMBEDDED, new ChatModelConfig(settings), description);
    }

    /**
     * Creates the chosen model.
     *
     * @param choice what {@link #choose} returned
     * @return the model
     */
    public static ChatModel create(Choice choice) {
        return create(choice, UnaryOperator.identity());
    }

    /**
     * Creates the chosen model with {@code attempt} around the backend itself, inside the retries of
     * API backends, so that it sees every attempt (metering and caps count each billed attempt).
     *
     * @param choice what {@link #choose} returned
     * @param attempt decorates the bare backend
     * @return the model
     */
    public static ChatModel create(Choice choice, UnaryOperator<ChatModel> attempt) {
        return create(choice, attempt, null);
    }

    /**
     * Creates the chosen model as {@link #create(Choice, UnaryOperator)} does, letting API backends have
     * {@code concurrency} attempts in flight ({@code backend.concurrency}) when that is more than the
     * resilience default of {@value #DEFAULT_CALLS_IN_FLIGHT}, so that every dialogue thread has a call out.
     *
     * @param choice what {@link #choose} returned
     * @param attempt decorates the bare backend
     * @param concurrency the configured concurrency, or {@code null}
     * @return the model
     */
    public static ChatModel create(Choice choice, UnaryOperator<ChatModel> attempt, Integer concurrency) {
        ChatModel model = attempt.apply(ChatModels.create(choice.provider(), choice.settings()));
        if (API_PROVIDERS.contains(choice.provider())) {
            int inFlight = Math.max(DEFAULT_CALLS_IN_FLIGHT, concurrency == null ? 0 : concurrency);
            return Backends.resilient(model).maxConcurrency(inFlight).build();
        }
        return model;
    }

    private static String defaultKeyEnv(String provider) {
        if ("anthropic".equals(provider)) {
            return "ANTHROPIC_API_KEY";
        }
        if ("azure-openai".equals(provider)) {
            return "AZURE_OPENAI_API_KEY";
        }
        return "OPENAI_API_KEY";
    }

    private static boolean isLoopback(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.matches("https?://(localhost|127\\.[0-9.]+|\\[::1\\])([:/].*)?");
    }

    private static void put(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }
}
