package io.ultralink.llm.anthropic;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModelProvider;
import io.ultralink.llm.http.HttpSettings;

/**
 * {@code anthropic}. Keys: {@code model} (required), {@code base-url}, {@code anthropic-version},
 * {@code max-tokens} (default for requests without a limit), {@code api-key-env} or {@code api-key}
 * (else {@code ANTHROPIC_API_KEY}), {@code timeout-seconds}, {@code log-requests}.
 */
public final class AnthropicProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public ChatModel create(ChatModelConfig config) {
        AnthropicChatModel.Builder b = AnthropicChatModel.builder().modelName(config.require("model"))
                .defaultMaxTokens(config.getWholeNumber("max-tokens", 1024));
        config.get("base-url").ifPresent(b::baseUrl);
        config.get("anthropic-version").ifPresent(b::version);
        HttpSettings.applyCommon(config, b);
        return b.build();
    }
}
