package io.ultralink.llm.openai;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.http.HttpBackendBuilder;
import io.ultralink.llm.http.ApiKey;
import io.ultralink.llm.http.HttpTransport;
import io.ultralink.llm.http.PublicUrl;
import io.ultralink.llm.openai.internal.OpenAiWire;
import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.llm.resilience.RateLimitSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A {@link ChatModel} speaking the OpenAI chat-completions protocol over OkHttp. The key is sent as
 * {@code Authorization: Bearer ...} only when one is configured (local servers need none).
 *
 * <pre>{@code
 * ChatModel model = OpenAiChatModel.builder().modelName("gpt-4o-mini").build(); // key from OPENAI_API_KEY
 * }</pre>
 */
public final class OpenAiChatModel implements ChatModel, RateLimitSource {

    /** The base URL used when neither the builder nor {@code OPENAI_BASE_URL} names one. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private final HttpUrl endpoint;
    private final String modelName;
    private final ApiKey apiKey;
    private final String maxTokensField;
    private final Map<String, String> headers;
    private final HttpTransport transport;

    private OpenAiChatModel(Builder b, HttpUrl base, ApiKey key, HttpTransport transport) {
        this.endpoint = base.newBuilder().addPathSegments("chat/completions").build();
        this.modelName = b.modelName;
        this.apiKey = key;
        this.maxTokensField = b.maxCompletionTokens ? "max_completion_tokens" : "max_tokens";
        this.headers = Map.copyOf(b.headers);
        this.transport = transport;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return OpenAiWire.parse(transport.execute(httpRequest(request)), "OpenAI-compatible server", modelName);
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        Request http = httpRequest(request);
        return transport.executeAsync(http)
                .thenApply(json -> OpenAiWire.parse(json, "OpenAI-compatible server", modelName));
    }

    private Request httpRequest(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        Request.Builder b = new Request.Builder().url(endpoint)
                .post(HttpTransport.body(OpenAiWire.requestBody(request, modelName, maxTokensField)));
        apiKey.value().ifPresent(k -> b.header("Authorization", "Bearer " + k));
        headers.forEach(b::header);
        return b.build();
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String identity() {
        return "openai " + PublicUrl.of(endpoint) + " " + modelName;
    }

    /** The chat-completions URL requests go to. */
    public String endpoint() {
        return endpoint.toString();
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
        return "OpenAiChatModel[" + endpoint + ", model=" + modelName + ", key=" + apiKey + "]";
    }

    /** Builds {@link OpenAiChatModel}s. Defaults: base URL and key from the environment, 60 s timeout. */
    public static final class Builder extends HttpBackendBuilder<Builder> {
        private String baseUrl;
        private String modelName;
        private boolean maxCompletionTokens;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /** The API base URL up to {@code /v1} (default {@code OPENAI_BASE_URL}, else {@value #DEFAULT_BASE_URL}). */
        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        /** The model to ask for (required). */
        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        /** Sends the token limit as {@code max_completion_tokens} (newer OpenAI models) instead of {@code max_tokens}. */
        public Builder maxCompletionTokens(boolean value) {
            maxCompletionTokens = value;
            return this;
        }

        /** An extra header on every request, e.g. OpenRouter's {@code HTTP-Referer} and {@code X-Title}. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Validates and builds. */
        public OpenAiChatModel build() {
            if (modelName == null || modelName.isBlank()) {
                throw new ConfigurationException("OpenAI backend: modelName is required");
            }
            String url = orEnvironment(baseUrl, "OPENAI_BASE_URL");
            if (url == null || url.isBlank()) {
                url = DEFAULT_BASE_URL;
            }
            HttpUrl base = HttpUrl.parse(url.trim());
            if (base == null) {
                throw new ConfigurationException("OpenAI backend: baseUrl is not an http(s) URL: '" + url + "'");
            }
            ApiKey key = ApiKey.of(apiKeyOr("OPENAI_API_KEY"));
            return new OpenAiChatModel(this, base, key, newTransport("OpenAI-compatible server at " + base.host(), key));
        }
    }
}
