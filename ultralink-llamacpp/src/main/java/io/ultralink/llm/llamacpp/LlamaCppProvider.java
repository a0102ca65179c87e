package io.ultralink.llm.llamacpp;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModelProvider;
import java.nio.file.Paths;

/**
 * {@code llamacpp}: the embedded backend. Keys: {@code model-file} (required, a GGUF file),
 * {@code context-size}, {@code threads}, {@code gpu-layers}, {@code max-tokens},
 * {@code cache-prompt} ({@code true} to reuse the KV cache of a common prompt prefix).
 */
public final class LlamaCppProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "llamacpp";
    }

    @Override
    public ChatModel create(ChatModelConfig config) {
        LlamaCppChatModel.Builder b = LlamaCppChatModel.builder(Paths.get(config.require("model-file")))
                .contextSize(config.getWholeNumber("context-size", 0))
                .gpuLayers(config.getWholeNumber("gpu-layers", 0))
                .defaultMaxTokens(config.getWholeNumber("max-tokens", 256))
                .cachePrompt(config.getBoolean("cache-prompt", false));
        int threads = config.getWholeNumber("threads", 0);
        if (threads > 0) {
            b.threads(threads);
        }
        return b.build();
    }
}
