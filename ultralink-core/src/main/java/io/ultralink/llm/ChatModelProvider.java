package io.ultralink.llm;

/**
 * Creates {@link ChatModel}s of one backend. Implementations are registered in
 * {@code META-INF/services/io.ultralink.llm.ChatModelProvider} and found by {@link ChatModels}.
 */
public interface ChatModelProvider {

    /** The name users choose the backend by ({@code openai}, {@code anthropic}, {@code llamacpp}, ...). */
    String name();

    /**
     * Creates a model from settings.
     *
     * @throws io.ultralink.error.ConfigurationException naming the missing or bad setting
     */
    ChatModel create(ChatModelConfig config);
}
