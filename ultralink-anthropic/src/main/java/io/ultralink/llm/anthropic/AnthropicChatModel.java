package io.ultralink.llm.anthropic;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.anthropic.internal.MessagesWire;
import io.ultralink.llm.http.HttpBackendBuilder;
import io.ultralink.llm.http.ApiKey;
import io.ultralink.llm.http.HttpTransport;
import io.ultralink.llm.http.PublicUrl;
import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.llm.resilience.RateLimitSource;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A {@link ChatModel} on Anthropic's Messages API ({@code POST {baseUrl}/v1/messages}). The API
 * requires {@code max_tokens}: requests without one get {@code defaultMaxTokens}. Temperatures
 * above 1 are clamped to 1, the API's maximum.
 */
public final class AnthropicChatModel implements ChatModel, RateLimitSource {

    /** The default base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    /** The {@code anthropic-version} header sent by default. */
    public static final String DEFAULT_VERSION = "2023-06-01";

    private final HttpUrl url;
    private final String modelName;
    private final String version;
    private final int defaultMaxTokens;
    private final ApiKey apiKey;
    private final HttpTransport transport;

    private AnthropicChatModel(Builder b, HttpUrl base, ApiKey key, HttpTransport transport) {
        this.url = base.newBuilder().addPathSegments("v1/messages").build();
        this.modelName = b.modelName;
        this.version = b.version;
        this.defaultMaxTokens = b.defaultMaxTokens;
        this.apiKey = key;
        this.transport = transport;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return MessagesWire.parse(transport.execute(httpRequest(request)), modelName);
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        return transport.executeAsync(httpRequest(request)).thenApply(j -> MessagesWire.parse(j, modelName));
    }

    private Request httpRequest(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        String key = apiKey.value().orElseThrow(() -> new ConfigurationException(
                "Anthropic backend: no API key (builder apiKey or ANTHROPIC_API_KEY)"));
        return new Request.Builder().url(url).header("x-api-key", key).header("anthropic-version", version)
                .post(HttpTransport.body(MessagesWire.requestBody(request, modelName, defaultMaxTokens))).build();
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String identity() {
        return "anthropic " + PublicUrl.of(url) + " " + modelName;
    }

    @Override
    public void addRateLimitListener(Consumer<RateLimitSnapshot> listener) {
        transport.addRateLimitListener(listener);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "AnthropicChatModel[" + url + ", model=" + modelName + ", key=" + apiKey + "]";
    }

    /** Builds {@link AnthropicChatModel}s; the key defaults to {@code ANTHROPIC_API_KEY}, the base URL to {@code ANTHROPIC_BASE_URL}. */
    public static final class Builder extends HttpBackendBuilder<Builder> {
        private String baseUrl;
        private String modelName;
        private String version = DEFAULT_VERSION;
        private int defaultMaxTokens = 1024;

        private Builder() {
        }

        /** The base URL (default {@value #DEFAULT_BASE_URL}). */
        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        /** The model (required). */
        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        /** The {@code anthropic-version} header. */
        public Builder version(String value) {
            version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** {@code max_tokens} for requests that set none. */
        public Builder defaultMaxTokens(int value) {
            defaultMaxTokens = value;
            return this;
        }

        /** Validates and builds. */
        public AnthropicChatModel build() {
            if (modelName == null || modelName.isBlank()) {
                throw new ConfigurationException("Anthropic backend: modelName is required");
            }
            if (defaultMaxTokens < 1) {
                throw new ConfigurationException("Anthropic backend: defaultMaxTokens must be >= 1, was "
                        + defaultMaxTokens);
            }
            String b = orEnvironment(baseUrl, "ANTHROPIC_BASE_URL");
            HttpUrl base = HttpUrl.parse(b == null || b.isBlank() ? DEFAULT_BASE_URL : b.trim());
            if (base == null) {
                throw new ConfigurationException("Anthropic backend: baseUrl is not an http(s) URL: '" + b + "'");
            }
            ApiKey key = ApiKey.of(apiKeyOr("ANTHROPIC_API_KEY"));
            return new AnthropicChatModel(this, base, key, newTransport("Anthropic", key));
        }
    }
}
