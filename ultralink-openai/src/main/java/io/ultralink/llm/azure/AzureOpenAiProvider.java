package io.ultralink.llm.azure;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModelProvider;
import io.ultralink.llm.http.HttpSettings;

/**
 * {@code azure-openai}. Keys: {@code deployment} (or {@code model}), {@code endpoint} (else
 * {@code AZURE_OPENAI_ENDPOINT}), {@code api-version}, {@code api-key-env} or {@code api-key} (else
 * {@code AZURE_OPENAI_API_KEY}), {@code timeout-seconds}, {@code log-requests}.
 */
public final class AzureOpenAiProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "azure-openai";
    }

    @Override
    public ChatModel create(ChatModelConfig config) {
        AzureOpenAiChatModel.Builder b = AzureOpenAiChatModel.builder()
                .deploymentName(config.get("deployment").orElseGet(() -> config.require("model")));
        config.get("endpoint").ifPresent(b::endpoint);
        config.get("api-version").ifPresent(b::apiVersion);
        HttpSettings.applyCommon(config, b);
        return b.build();
    }
}
