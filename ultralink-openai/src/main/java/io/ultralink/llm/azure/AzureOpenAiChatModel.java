package io.ultralink.llm.azure;

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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A {@link ChatModel} on Azure OpenAI: {@code POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...}
 * with the key in the {@code api-key} header. The body is OpenAI's without {@code model}: the
 * deployment chooses it.
 */
public final class AzureOpenAiChatModel implements ChatModel, RateLimitSource {

    /** The API version used when none is configured. */
    public static final String DEFAULT_API_VERSION = "2024-10-21";

    private static final String SERVICE = "Azure OpenAI";

    private final HttpUrl url;
    private final String deployment;
    private final ApiKey apiKey;
    private final HttpTransport transport;

    private AzureOpenAiChatModel(Builder b, HttpUrl endpoint, ApiKey key, HttpTransport transport) {
        this.deployment = b.deploymentName;
        this.url = endpoint.newBuilder().addPathSegments("openai/deployments").addPathSegment(deployment)
                .addPathSegments("chat/completions").addQueryParameter("api-version", b.apiVersion).build();
        this.apiKey = key;
        this.transport = transport;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return OpenAiWire.parse(transport.execute(httpRequest(request)), SERVICE, deployment);
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        return transport.executeAsync(httpRequest(request)).thenApply(j -> OpenAiWire.parse(j, SERVICE, deployment));
    }

    private Request httpRequest(ChatRequest request) {
        Objects.requireNonNull(request, "request");
        String key = apiKey.value().orElseThrow(() -> new ConfigurationException(
                "Azure OpenAI backend: no API key (builder apiKey or AZURE_OPENAI_API_KEY)"));
        return new Request.Builder().url(url).header("api-key", key)
                .post(HttpTransport.body(OpenAiWire.requestBody(request, null, "max_tokens"))).build();
    }

    /** The deployment name (Azure's stand-in for the model name). */
    @Override
    public String modelName() {
        return deployment;
    }

    @Override
    public String identity() {
        return "azure-openai " + PublicUrl.of(url) + " api-version=" + url.queryParameter("api-version");
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
        return "AzureOpenAiChatModel[" + url + ", key=" + apiKey + "]";
    }

    /** Builds {@link AzureOpenAiChatModel}s; endpoint and key default to {@code AZURE_OPENAI_ENDPOINT} / {@code AZURE_OPENAI_API_KEY}. */
    public static final class Builder extends HttpBackendBuilder<Builder> {
        private String endpoint;
        private String deploymentName;
        private String apiVersion = DEFAULT_API_VERSION;

        private Builder() {
        }

        /** The resource endpoint, e.g. {@code https://my-resource.openai.azure.com}. */
        public Builder endpoint(String value) {
            endpoint = value;
            return this;
        }

        /** The deployment to call (required). */
        public Builder deploymentName(String value) {
            deploymentName = value;
            return this;
        }

        /** The {@code api-version} query parameter. */
        public Builder apiVersion(String value) {
            apiVersion = Objects.requireNonNull(value, "apiVersion");
            return this;
        }

        /** Validates and builds. */
        public AzureOpenAiChatModel build() {
            if (deploymentName == null || deploymentName.isBlank()) {
                throw new ConfigurationException("Azure OpenAI backend: deploymentName is required");
            }
            String e = orEnvironment(endpoint, "AZURE_OPENAI_ENDPOINT");
            HttpUrl url = e == null ? null : HttpUrl.parse(e.trim());
            if (url == null) {
                throw new ConfigurationException("Azure OpenAI backend: endpoint (or AZURE_OPENAI_ENDPOINT) must be "
                        + "an http(s) URL, was '" + e + "'");
            }
            ApiKey key = ApiKey.of(apiKeyOr("AZURE_OPENAI_API_KEY"));
            return new AzureOpenAiChatModel(this, url, key, newTransport(SERVICE, key));
        }
    }
}
