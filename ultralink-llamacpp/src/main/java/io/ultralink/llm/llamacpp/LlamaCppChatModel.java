package io.ultralink.llm.llamacpp;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.LlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.llamacpp.internal.GgufMetadata;
import io.ultralink.llm.llamacpp.internal.NativeSetup;
import io.ultralink.llm.llamacpp.internal.PromptTemplate;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ChatModel} running llama.cpp in this JVM on a GGUF file. Calls are served one at a time.
 * The model's own chat template is used when the file has one, else a plain {@code Role: text}
 * prompt. JSON response formats are enforced with a grammar. Usage counts are exact: prompt tokens
 * from the tokenizer, completion tokens as generated.
 *
 * <p>With {@link Builder#cachePrompt(boolean)} llama.cpp keeps the previous call's KV cache and
 * evaluates only what follows the longest common token prefix with it. The binding reports no
 * timings, so {@link TokenUsage#cachedPromptTokens()} is computed the way llama.cpp decides: the
 * common token prefix with the previous prompt of the single slot, less the one token llama.cpp always
 * evaluates again. It is a lower bound when a prompt extends the previous prompt and its completion
 * (the completion's tokens are not compared); without prompt caching it is 0.
 *
 * <p>Before the native library first loads, {@code de.kherud.llama.tmpdir} is pointed at a
 * directory of our own (its loader deletes {@code llama*} entries of the temporary directory it
 * uses). After {@link #close()} a native thread keeps the JVM alive: programs must end with
 * {@code System.exit}.
 */
public final class LlamaCppChatModel implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(LlamaCppChatModel.class);
    private static boolean loggerInstalled;

    private final LlamaModel model;
    private final String modelName;
    private final int contextSize;
    private final int defaultMaxTokens;
    private final boolean chatTemplate;
    private final boolean cachePrompt;
    private final Object lock = new Object();
    private final String identity;
    private boolean closed;
    private int[] previousPrompt = new int[0];

    private LlamaCppChatModel(Builder b, boolean chatTemplate, int contextSize) {
        NativeSetup.prepare(b.nativeDirectory);
        installLogger();
        ModelParameters params = new ModelParameters().setModel(b.modelFile.toString()).setCtxSize(contextSize)
                .setThreads(b.threads).setParallel(1);
        if (b.gpuLayers > 0) {
            params.setGpuLayers(b.gpuLayers);
        }
        try {
            this.model = new LlamaModel(params);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ConfigurationException("cannot load GGUF model " + b.modelFile + ": " + e.getMessage(), e);
        }
        String file = b.modelFile.getFileName().toString();
        this.modelName = file.endsWith(".gguf") ? file.substring(0, file.length() - 5) : file;
        this.contextSize = contextSize;
        this.defaultMaxTokens = b.defaultMaxTokens;
        this.chatTemplate = chatTemplate;
        this.cachePrompt = b.cachePrompt;
        this.identity = "llamacpp " + file + " " + fileSize(b.modelFile) + " bytes ctx=" + contextSize
                + (chatTemplate ? "" : " no-template");
    }

    private static long fileSize(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** A builder for the model in {@code modelFile}. */
    public static Builder builder(Path modelFile) {
        return new Builder(modelFile);
    }

    private static synchronized void installLogger() {
        if (!loggerInstalled) {
            LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> LOG.debug("llama.cpp {}: {}", level,
                    message.strip()));
            loggerInstalled = true;
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        synchronized (lock) {
            if (closed) {
                throw new LlmException("llama.cpp model " + modelName + " is closed");
            }
            try {
                return generate(request);
            } catch (LlmException e) {
                throw e;
            } catch (RuntimeException e) {
                previousPrompt = new int[0]; // the slot's cache is unknown now: claim no reuse next time
                throw new LlmException("llama.cpp generation failed: " + e.getMessage(), e);
            }
        }
    }

    private ChatResponse generate(ChatRequest request) {
        String prompt = prompt(request.messages());
        int[] promptIds = model.encode(prompt);
        int promptTokens = promptIds.length;
        int maxTokens = request.maxTokens().orElse(defaultMaxTokens);
        if (promptTokens + maxTokens > contextSize) {
            throw new InvalidRequestException("prompt of " + promptTokens + " tokens plus " + maxTokens
                    + " completion tokens exceeds the context of " + contextSize + " tokens of " + modelName);
        }
        InferenceParameters params = new InferenceParameters(prompt).setNPredict(maxTokens).setCachePrompt(cachePrompt);
        request.temperature().ifPresent(t -> params.setTemperature((float) t));
        request.topP().ifPresent(p -> params.setTopP((float) p));
        request.seed().ifPresent(s -> params.setSeed((int) s));
        if (!request.stop().isEmpty()) {
            params.setStopStrings(request.stop().toArray(new String[0]));
        }
        grammar(request.responseFormat()).ifPresent(params::setGrammar);
        int cached = cachePrompt ? reusedPrefix(previousPrompt, promptIds) : 0;
        previousPrompt = promptIds;
        StringBuilder text = new StringBuilder();
        int generated = 0;
        for (LlamaOutput output : model.generate(params)) {
            // one output per token, and a final empty one that closes the stream
            if (!output.text.isEmpty()) {
                text.append(output.text);
                generated++;
            }
        }
        generated = Math.min(generated, maxTokens);
        FinishReason reason = generated >= maxTokens ? FinishReason.LENGTH : FinishReason.STOP;
        return new ChatResponse(text.toString(), reason, new TokenUsage(promptTokens, cached, generated), modelName);
    }

    /** The tokens llama.cpp keeps from its cache: the common prefix, less the last prompt token it re-evaluates. */
    static int reusedPrefix(int[] previous, int[] prompt) {
        int n = Math.min(previous.length, prompt.length);
        int i = 0;
        while (i < n && previous[i] == prompt[i]) {
            i++;
        }
        return Math.min(i, Math.max(0, prompt.length - 1));
    }

    private String prompt(List<Message> messages) {
        if (!chatTemplate) {
            return PromptTemplate.simple(messages);
        }
        String system = messages.stream().filter(m -> m.role() == Role.SYSTEM).map(Message::content)
                .collect(Collectors.joining("\n\n"));
        List<Pair<String, String>> turns = new ArrayList<>();
        for (Message m : messages) {
            if (m.role() != Role.SYSTEM) {
                turns.add(new Pair<>(m.role().wireName(), m.content()));
            }
        }
        return model.applyTemplate(new InferenceParameters("").setMessages(system, turns));
    }

    private static Optional<String> grammar(ResponseFormat format) {
        switch (format.kind()) {
            case JSON_OBJECT:
                return Optional.of(LlamaModel.jsonSchemaToGrammar("{\"type\":\"object\"}"));
            case JSON_SCHEMA:
                return Optional.of(LlamaModel.jsonSchemaToGrammar(format.schemaJson()));
            default:
                return Optional.empty();
        }
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String identity() {
        return identity;
    }

    /** The context size in tokens the model was loaded with. */
    public int contextSize() {
        return contextSize;
    }

    /** Whether llama.cpp reuses the previous call's KV cache for a common prompt prefix. */
    public boolean cachesPrompt() {
        return cachePrompt;
    }

    /** Whether prompts use the model's own chat template (else the plain one). */
    public boolean usesChatTemplate() {
        return chatTemplate;
    }

    /** Frees the native model. Idempotent. The JVM still needs {@code System.exit} to end. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                model.close();
            }
        }
    }

    @Override
    public String toString() {
        return "LlamaCppChatModel[" + modelName + ", ctx=" + contextSize + "]";
    }

    /**
     * Builds {@link LlamaCppChatModel}s. Defaults: context = the model's trained length capped at
     * 4,096, up to 4 threads, no GPU layers, 256 completion tokens when a request sets none, no prompt
     * caching.
     */
    public static final class Builder {
        private final Path modelFile;
        private int contextSize;
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private int gpuLayers;
        private int defaultMaxTokens = 256;
        private Boolean useChatTemplate;
        private Path nativeDirectory;
        private boolean cachePrompt;

        private Builder(Path modelFile) {
            this.modelFile = Objects.requireNonNull(modelFile, "modelFile");
        }

        /** Context size in tokens ({@code 0}: the model's trained length, capped at 4,096). */
        public Builder contextSize(int value) {
            contextSize = value;
            return this;
        }

        /** CPU threads for generation. */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** Layers to offload to a GPU (needs a GPU build of the native library). */
        public Builder gpuLayers(int value) {
            gpuLayers = value;
            return this;
        }

        /** Completion tokens when a request sets no limit. */
        public Builder defaultMaxTokens(int value) {
            defaultMaxTokens = value;
            return this;
        }

        /** Forces the model's chat template on or off (default: on when the file has one). */
        public Builder useChatTemplate(boolean value) {
            useChatTemplate = value;
            return this;
        }

        /**
         * Keeps the KV cache of the previous call and evaluates only what follows its common prefix
         * (llama.cpp {@code cache_prompt}); faster for prompts sharing a prefix, such as the calls of one
         * dialogue, and reported as cached prompt tokens. Sampling may then differ slightly from an
         * uncached call with the same seed (default false).
         */
        public Builder cachePrompt(boolean value) {
            cachePrompt = value;
            return this;
        }

        /** Where the native library is unpacked (default: a per-user directory under java.io.tmpdir). */
        public Builder nativeDirectory(Path value) {
            nativeDirectory = value;
            return this;
        }

        /** Validates, reads the file's metadata and loads the model. */
        public LlamaCppChatModel build() {
            if (!Files.isRegularFile(modelFile)) {
                throw new ConfigurationException("GGUF model file not found: " + modelFile);
            }
            if (threads < 1 || defaultMaxTokens < 1 || contextSize < 0 || gpuLayers < 0) {
                throw new ConfigurationException("llama.cpp backend: threads and defaultMaxTokens must be >= 1, "
                        + "contextSize and gpuLayers >= 0 (were " + threads + ", " + defaultMaxTokens + ", "
                        + contextSize + ", " + gpuLayers + ")");
            }
            GgufMetadata meta;
            try {
                meta = GgufMetadata.read(modelFile);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read GGUF model " + modelFile + ": " + e.getMessage(), e);
            }
            boolean template = useChatTemplate != null ? useChatTemplate
                    : meta.string("tokenizer.chat_template").filter(t -> !t.isBlank()).isPresent();
            int ctx = contextSize > 0 ? contextSize : (int) Math.min(4096, trainedContext(meta).orElse(2048L));
            return new LlamaCppChatModel(this, template, ctx);
        }

        private static Optional<Long> trainedContext(GgufMetadata meta) {
            return meta.string("general.architecture").flatMap(a -> meta.integer(a + ".context_length"));
        }
    }
}
