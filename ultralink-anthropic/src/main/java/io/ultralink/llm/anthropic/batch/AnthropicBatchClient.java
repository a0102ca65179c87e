package io.ultralink.llm.anthropic.batch;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.LlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.anthropic.internal.MessagesWire;
import io.ultralink.llm.batch.BatchClient;
import io.ultralink.llm.batch.BatchItem;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.batch.BatchState;
import io.ultralink.llm.batch.BatchStatus;
import io.ultralink.llm.http.ApiKey;
import io.ultralink.llm.http.BatchHttp;
import io.ultralink.llm.http.PublicUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link BatchClient} for Anthropic Message Batches: {@code POST /v1/messages/batches} with
 * {@code requests: [{custom_id, params}]} (the params exactly what
 * {@link io.ultralink.llm.anthropic.AnthropicChatModel} sends online), {@code GET .../{id}} to poll
 * ({@code in_progress}, {@code canceling}, {@code ended}), and the JSONL at its {@code results_url}
 * ({@code succeeded}, {@code errored}, {@code canceled}, {@code expired}). The key is sent only to
 * the configured host: a results URL elsewhere is refused.
 */
public final class AnthropicBatchClient implements BatchClient {

    private static final String SERVICE = "Anthropic message batches";

    private final HttpUrl base;
    private final HttpUrl batches;
    private final String modelName;
    private final int defaultMaxTokens;
    private final BatchHttp http;

    private AnthropicBatchClient(Builder b, HttpUrl base, ApiKey key) {
        this.base = base;
        this.batches = base.newBuilder().addPathSegments("v1/messages/batches").build();
        this.modelName = b.modelName;
        this.defaultMaxTokens = b.defaultMaxTokens;
        String value = key.value().orElseThrow(() -> new ConfigurationException(
                "Anthropic batch client: no API key (builder apiKey or ANTHROPIC_API_KEY)"));
        this.http = new BatchHttp(SERVICE, b.client, key, Map.of("x-api-key", value, "anthropic-version", b.version));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String submit(List<BatchItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one request");
        }
        ObjectNode body = Mappers.JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (BatchItem item : items) {
            requests.addObject().put("custom_id", item.customId())
                    .set("params", MessagesWire.requestBody(item.request(), modelName, defaultMaxTokens));
        }
        String id = http.sendJson(new Request.Builder().url(batches).post(BatchHttp.json(body))).path("id").asString("");
        if (id.isBlank()) {
            throw new LlmException(SERVICE + ": answer without an id");
        }
        return id;
    }

    @Override
    public BatchStatus status(String batchId) {
        JsonNode batch = batch(batchId);
        String state = batch.path("processing_status").asString("");
        JsonNode c = batch.path("request_counts");
        int succeeded = c.path("succeeded").asInt(0);
        int failed = c.path("errored").asInt(0) + c.path("canceled").asInt(0) + c.path("expired").asInt(0);
        int total = succeeded + failed + c.path("processing").asInt(0);
        return new BatchStatus(batchId, state(state), state, total, succeeded, failed);
    }

    static BatchState state(String status) {
        return switch (status) {
            case "in_progress" -> BatchState.RUNNING;
            case "canceling" -> BatchState.CANCELLING;
            case "ended" -> BatchState.ENDED;
            default -> throw new LlmException(SERVICE + " reported an unknown processing status '" + status + "'");
        };
    }

    @Override
    public List<BatchOutcome> results(String batchId) {
        String url = batch(batchId).path("results_url").asString("");
        if (url.isBlank()) {
            throw new LlmException(SERVICE + ": batch " + batchId + " has no results_url yet");
        }
        HttpUrl results = HttpUrl.parse(url);
        if (results == null || !results.host().equals(base.host()) || results.port() != base.port()
                || !results.scheme().equals(base.scheme())) {
            throw new LlmException(SERVICE + ": results_url " + url + " is not on " + base
                    + "; the key is not sent elsewhere");
        }
        List<BatchOutcome> out = new ArrayList<>();
        http.send(new Request.Builder().url(results).get()).lines().filter(l -> !l.isBlank())
                .forEach(l -> out.add(outcome(Mappers.JSON.readTree(l))));
        return out;
    }

    private BatchOutcome outcome(JsonNode line) {
        String id = line.path("custom_id").asString("");
        JsonNode result = line.path("result");
        String type = result.path("type").asString("");
        switch (type) {
            case "succeeded":
                try {
                    return BatchOutcome.succeeded(id, MessagesWire.parse(result.path("message"), modelName));
                } catch (LlmException e) {
                    return BatchOutcome.failed(id, BatchOutcome.Kind.ERRORED, e.getMessage());
                }
            case "expired":
                return BatchOutcome.failed(id, BatchOutcome.Kind.EXPIRED, "expired");
            case "canceled":
                return BatchOutcome.failed(id, BatchOutcome.Kind.CANCELLED, "canceled");
            default:
                JsonNode error = result.path("error").path("error");
                return BatchOutcome.failed(id, BatchOutcome.Kind.ERRORED, error.path("type").asString("errored") + ": "
                        + error.path("message").asString(""));
        }
    }

    @Override
    public void cancel(String batchId) {
        http.sendJson(new Request.Builder().url(url(batchId, "cancel")).post(BatchHttp.json(Mappers.JSON.createObjectNode())));
    }

    private JsonNode batch(String batchId) {
        return http.sendJson(new Request.Builder().url(url(Objects.requireNonNull(batchId, "batchId"))).get());
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder b = batches.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    @Override
    public String modelName() {
        return modelName;
    }

    /** The same identity as the online model at this base URL, so both share answers in the response cache. */
    @Override
    public String identity() {
        return "anthropic " + PublicUrl.of(base.newBuilder().addPathSegments("v1/messages").build()) + " " + modelName;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Builds {@link AnthropicBatchClient}s. Defaults: base URL and key from the environment. */
    public static final class Builder {
        private String baseUrl;
        private String modelName;
        private Supplier<String> apiKey;
        private String version = "2023-06-01";
        private int defaultMaxTokens = 1024;
        private OkHttpClient client;
        private Function<String, String> environment = System::getenv;

        private Builder() {
        }

        /** The base URL (default {@code ANTHROPIC_BASE_URL}, else {@code https://api.anthropic.com}). */
        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        /** The model to ask for (required). */
        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        /** The API key (default {@code ANTHROPIC_API_KEY}; required). */
        public Builder apiKey(Supplier<String> value) {
            apiKey = Objects.requireNonNull(value, "apiKey");
            return this;
        }

        /** The {@code anthropic-version} header (default {@code 2023-06-01}). */
        public Builder version(String value) {
            version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** {@code max_tokens} for requests without a limit (default 1024). */
        public Builder defaultMaxTokens(int value) {
            defaultMaxTokens = value;
            return this;
        }

        /** The caller's OkHttp client, shared and never closed here. */
        public Builder httpClient(OkHttpClient value) {
            client = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /** Where environment variables are read (default the process environment). */
        public Builder environment(Function<String, String> value) {
            environment = Objects.requireNonNull(value, "environment");
            return this;
        }

        /** Validates and builds. */
        public AnthropicBatchClient build() {
            if (modelName == null || modelName.isBlank()) {
                throw new ConfigurationException("Anthropic batch client: modelName is required");
            }
            if (defaultMaxTokens < 1) {
                throw new ConfigurationException("Anthropic batch client: defaultMaxTokens must be >= 1, was "
                        + defaultMaxTokens);
            }
            String url = baseUrl != null ? baseUrl : environment.apply("ANTHROPIC_BASE_URL");
            HttpUrl base = HttpUrl.parse(url == null || url.isBlank() ? "https://api.anthropic.com" : url.trim());
            if (base == null) {
                throw new ConfigurationException("Anthropic batch client: baseUrl is not an http(s) URL: '" + url + "'");
            }
            Supplier<String> key = apiKey != null ? apiKey : () -> environment.apply("ANTHROPIC_API_KEY");
            return new AnthropicBatchClient(this, base, ApiKey.of(key));
        }
    }
}
