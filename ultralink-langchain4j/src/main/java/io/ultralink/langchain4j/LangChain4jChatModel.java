package io.ultralink.langchain4j;

import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import io.ultralink.error.LlmException;
import io.ultralink.langchain4j.internal.Errors;
import io.ultralink.langchain4j.internal.Requests;
import io.ultralink.langchain4j.internal.Responses;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import java.util.Objects;

/**
 * A LangChain4j 1.x chat model used as this SDK's {@link ChatModel}: messages, temperature, top-p, the
 * completion limit, stop sequences and the seed (with {@link SeedSupport}) are passed on; the finish reason
 * and the token usage come back. A JSON answer is asked for as a JSON schema where the model declares that
 * capability, as a plain JSON object otherwise, and as text when the model refuses JSON altogether.
 * LangChain4j's errors become the SDK's {@link LlmException} subtypes (rate limit, authentication, transient,
 * invalid request); a content filter's refusal is an empty answer with {@link FinishReason#CONTENT_FILTER}.
 *
 * <pre>{@code
 * ChatModel model = LangChain4jChatModel.of(OpenAiChatModel.builder()
 *         .apiKey(System.getenv("OPENAI_API_KEY")).modelName("gpt-4o-mini").build());
 * }</pre>
 *
 * <p>Thread-safe when the wrapped model is (LangChain4j's providers are). {@link #close()} does nothing: the
 * wrapped model belongs to the caller.
 */
public final class LangChain4jChatModel implements ChatModel {

    private final dev.langchain4j.model.chat.ChatModel delegate;
    private final String modelName;
    private final SeedSupport seeds;

    private LangChain4jChatModel(Builder b) {
        this.delegate = b.model;
        this.seeds = b.seeds;
        String configured = delegate.defaultRequestParameters() == null ? null
                : delegate.defaultRequestParameters().modelName();
        this.modelName = b.modelName != null ? b.modelName
                : configured != null && !configured.isBlank() ? configured : "langchain4j-" + provider();
    }

    /** Wraps {@code model} with the defaults: its own model name, no seed. */
    public static LangChain4jChatModel of(dev.langchain4j.model.chat.ChatModel model) {
        return builder().model(model).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return call(request, request.responseFormat());
        } catch (UnsupportedFeatureException e) {
            if (request.responseFormat().kind() == ResponseFormat.Kind.TEXT) {
                throw Errors.translate(e, modelName);
            }
            return call(request, ResponseFormat.TEXT);
        }
    }

    private ChatResponse call(ChatRequest request, ResponseFormat format) {
        dev.langchain4j.model.chat.request.ChatRequest mapped = Requests.toLangChain4j(request, format,
                delegate.supportedCapabilities(), seeds);
        dev.langchain4j.model.chat.response.ChatResponse response;
        try {
            response = delegate.chat(mapped);
        } catch (UnsupportedFeatureException e) {
            throw e;
        } catch (ContentFilteredException e) {
            return new ChatResponse("", FinishReason.CONTENT_FILTER, TokenUsage.ZERO, modelName);
        } catch (RuntimeException e) {
            throw Errors.translate(e, modelName);
        }
        return Responses.fromLangChain4j(response, modelName);
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String toString() {
        return "LangChain4jChatModel[" + provider() + " " + modelName + "]";
    }

    private String provider() {
        return delegate.provider() == null ? "unknown" : delegate.provider().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Builds a {@link LangChain4jChatModel}; {@link #build()} validates. */
    public static final class Builder {
        private dev.langchain4j.model.chat.ChatModel model;
        private String modelName;
        private SeedSupport seeds;

        private Builder() {
        }

        /** The LangChain4j model to call (required). */
        public Builder model(dev.langchain4j.model.chat.ChatModel value) {
            model = value;
            return this;
        }

        /** The name recorded for accounting and caching (default: the model's configured model name). */
        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        /** How to pass a request's seed to this provider (default: seeds are not passed on). */
        public Builder seedSupport(SeedSupport value) {
            seeds = value;
            return this;
        }

        /** Validates and builds. */
        public LangChain4jChatModel build() {
            if (model == null) {
                throw new IllegalStateException("model: a LangChain4j ChatModel is required");
            }
            if (modelName != null && modelName.isBlank()) {
                throw new IllegalStateException("modelName: must not be blank, was '" + modelName + "'");
            }
            return new LangChain4jChatModel(this);
        }
    }
}
