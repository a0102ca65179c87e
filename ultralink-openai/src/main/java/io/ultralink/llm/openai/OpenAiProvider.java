package io.ultralink.llm.openai;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModelProvider;
import io.ultralink.llm.http.HttpSettings;

/**
 * {@code openai}: any OpenAI-compatible server. Keys: {@code model} (required), {@code base-url}
 * (else {@code OPENAI_BASE_URL}, else OpenAI), {@code api-key-env} or {@code api-key} (else
 * {@code OPENAI_API_KEY}), {@code timeout-seconds}, {@code log-requests}, {@code max-completion-tokens}.
 */
public final class OpenAiProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public ChatModel create(ChatModelConfig config) {
        OpenAiChatModel.Builder b = OpenAiChatModel.builder().modelName(config.require("model"));
        config.get("base-url").ifPresent(b::baseUrl);
        config.get("max-completion-tokens").map(Boolean::parseBoolean).ifPresent(b::maxCompletionTokens);
        HttpSettings.applyCommon(config, b);
        return b.build();
    }
}
