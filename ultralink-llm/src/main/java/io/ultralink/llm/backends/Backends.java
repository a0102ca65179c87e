package io.ultralink.llm.backends;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModels;
import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.anthropic.AnthropicChatModel;
import io.ultralink.llm.azure.AzureOpenAiChatModel;
import io.ultralink.llm.llamacpp.LlamaCppChatModel;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.llm.resilience.ResilientChatModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Entry points to the built-in backends: builders for each, creation by provider name, and
 * {@link #resolve}, which picks the backend from settings the way the CLI does: a configured API
 * backend; else the embedded llama.cpp backend when a model file is given; else a
 * {@link ConfigurationException} saying what to set. Never picks silently among several APIs.
 */
public final class Backends {

    private Backends() {
    }

    /** A builder for an OpenAI-compatible server. */
    public static OpenAiChatModel.Builder openAi() {
        return OpenAiChatModel.builder();
    }

    /** A builder for Azure OpenAI. */
    public static AzureOpenAiChatModel.Builder azureOpenAi() {
        return AzureOpenAiChatModel.builder();
    }

    /** A builder for Anthropic's Messages API. */
    public static AnthropicChatModel.Builder anthropic() {
        return AnthropicChatModel.builder();
    }

    /** The embedded llama.cpp backend on {@code gguf} with default settings (programs must end with {@code System.exit}). */
    public static LlamaCppChatModel llamaCpp(Path gguf) {
        return LlamaCppChatModel.builder(gguf).build();
    }

    /** A builder for the embedded llama.cpp backend. */
    public static LlamaCppChatModel.Builder llamaCppBuilder(Path gguf) {
        return LlamaCppChatModel.builder(gguf);
    }

    /** A resilience builder around {@code model}. */
    public static ResilientChatModel.Builder resilient(ChatModel model) {
        return ResilientChatModel.builder(model);
    }

    /** Creates the model of the provider named {@code name} (found with {@link java.util.ServiceLoader}). */
    public static ChatModel create(String name, ChatModelConfig config) {
        return ChatModels.create(name, config);
    }

    /** Chooses the backend from {@code config} and the process environment, and creates the model. */
    public static ChatModel resolve(ChatModelConfig config) {
        return resolve(config, System::getenv);
    }

    /**
     * Chooses the backend from {@code config} and {@code environment} (see {@link #choose}) and creates
     * the model. The backends themselves read their default keys from the process environment.
     */
    public static ChatModel resolve(ChatModelConfig config, Function<String, String> environment) {
        return create(choose(config, environment), config);
    }

    /**
     * The provider name {@link #resolve} would use. {@code backend} in the settings wins. Otherwise an
     * API counts as configured when {@code model} is set and either the settings name its URL
     * ({@code base-url} → openai, {@code endpoint} → azure-openai) or the environment holds its
     * credentials ({@code OPENAI_API_KEY}/{@code OPENAI_BASE_URL}, {@code ANTHROPIC_API_KEY},
     * {@code AZURE_OPENAI_ENDPOINT}); several configured APIs fail. With none, {@code model-file}
     * selects {@code llamacpp}.
     *
     * @throws ConfigurationException when nothing or several backends are configured
     */
    public static String choose(ChatModelConfig config, Function<String, String> environment) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(environment, "environment");
        Optional<String> explicit = config.get("backend");
        if (explicit.isPresent()) {
            return explicit.get().trim();
        }
        Set<String> apis = new LinkedHashSet<>();
        if (config.get("model").isPresent() || config.get("deployment").isPresent()) {
            if (config.get("base-url").isPresent()) {
                apis.add("openai");
            } else if (config.get("endpoint").isPresent()) {
                apis.add("azure-openai");
            } else {
                if (isSet(environment, "OPENAI_API_KEY") || isSet(environment, "OPENAI_BASE_URL")) {
                    apis.add("openai");
                }
                if (isSet(environment, "ANTHROPIC_API_KEY")) {
                    apis.add("anthropic");
                }
                if (isSet(environment, "AZURE_OPENAI_ENDPOINT")) {
                    apis.add("azure-openai");
                }
            }
        }
        if (apis.size() > 1) {
            throw new ConfigurationException("several API backends are configured by the environment ("
                    + String.join(", ", apis) + "): choose one with the setting 'backend' (CLI --backend)");
        }
        if (apis.size() == 1) {
            return apis.iterator().next();
        }
        if (config.get("model-file").isPresent()) {
            return "llamacpp";
        }
        List<String> hints = new ArrayList<>();
        hints.add("an API: 'model' plus OPENAI_API_KEY (or 'base-url' for a local OpenAI-compatible server), "
                + "ANTHROPIC_API_KEY or AZURE_OPENAI_ENDPOINT");
        hints.add("the embedded llama.cpp backend: 'model-file' = a GGUF file (CLI --model-file)");
        throw new ConfigurationException("no model backend is configured; set either " + String.join(", or ", hints));
    }

    private static boolean isSet(Function<String, String> environment, String variable) {
        String v = environment.apply(variable);
        return v != null && !v.isBlank();
    }
}
