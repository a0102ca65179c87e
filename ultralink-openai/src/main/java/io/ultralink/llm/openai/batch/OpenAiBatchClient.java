package io.ultralink.llm.openai.batch;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.LlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.batch.BatchClient;
import io.ultralink.llm.batch.BatchItem;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.batch.BatchState;
import io.ultralink.llm.batch.BatchStatus;
import io.ultralink.llm.http.ApiKey;
import io.ultralink.llm.http.BatchHttp;
import io.ultralink.llm.http.PublicUrl;
import io.ultralink.llm.openai.internal.OpenAiWire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link BatchClient} for the OpenAI Batch API: {@code POST /files} (purpose {@code batch}) with
 * one JSONL line per request, {@code POST /batches} for {@value #ENDPOINT} with a
 * {@value #COMPLETION_WINDOW} completion window, {@code GET /batches/{id}} to poll, and
 * {@code GET /files/{id}/content} of the output and error files to collect. Each batch carries its
 * submission key in its metadata, so one whose id was lost is found again by listing. A request line's body is
 * exactly what {@link io.ultralink.llm.openai.OpenAiChatModel} would send online.
 *
 * <pre>{@code
 * BatchClient batches = OpenAiBatchClient.builder().modelName("gpt-4o-mini").build(); // key from OPENAI_API_KEY
 * }</pre>
 */
public final class OpenAiBatchClient implements BatchClient {

    /** The endpoint every request of a batch goes to. */
    public static final String ENDPOINT = "/v1/chat/completions";
    /** The completion window asked for. */
    public static final String COMPLETION_WINDOW = "24h";
    private static final MediaType JSONL = MediaType.get("application/jsonl");
    private static final String SERVICE = "OpenAI batch API";
    /** The metadata key naming a batch's submission. */
    static final String SUBMISSION_KEY = "ultralink_submission";
    private static final int LISTED = 100;

    private final HttpUrl base;
    private final String modelName;
    private final String maxTokensField;
    private final BatchHttp http;

    private OpenAiBatchClient(Builder b, HttpUrl base, ApiKey key) {
        this.base = base;
        this.modelName = b.modelName;
        this.maxTokensField = b.maxCompletionTokens ? "max_completion_tokens" : "max_tokens";
        Map<String, String> headers = new HashMap<>();
        key.value().ifPresent(k -> headers.put("Authorization", "Bearer " + k));
        this.http = new BatchHttp(SERVICE + " at " + base.host(), b.client, key, headers);
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
        StringBuilder jsonl = new StringBuilder();
        for (BatchItem item : items) {
            ObjectNode line = Mappers.JSON.createObjectNode().put("custom_id", item.customId()).put("method", "POST").put("url", ENDPOINT);
            line.set("body", OpenAiWire.requestBody(item.request(), modelName, maxTokensField));
            jsonl.append(Mappers.JSON.writeValueAsString(line)).append('\n');
        }
        RequestBody upload = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("purpose", "batch")
                .addFormDataPart("file", "ultralink-batch.jsonl", RequestBody.create(jsonl.toString(), JSONL))
                .build();
        String fileId = requireText(http.sendJson(new Request.Builder().url(url("files")).post(upload)), "id");
        ObjectNode create = Mappers.JSON.createObjectNode().put("input_file_id", fileId).put("endpoint", ENDPOINT)
                .put("completion_window", COMPLETION_WINDOW);
        create.putObject("metadata").put(SUBMISSION_KEY, BatchClient.submissionKey(
                items.stream().map(BatchItem::customId).toList()));
        return requireText(http.sendJson(new Request.Builder().url(url("batches")).post(BatchHttp.json(create))), "id");
    }

    /** Looks through the newest 100 batches for one whose metadata names the submission. */
    @Override
    public java.util.Optional<String> findSubmitted(String submissionKey) {
        HttpUrl list = url("batches").newBuilder().addQueryParameter("limit", Integer.toString(LISTED)).build();
        for (JsonNode batch : http.sendJson(new Request.Builder().url(list).get()).path("data")) {
            if (submissionKey.equals(batch.path("metadata").path(SUBMISSION_KEY).asString(""))) {
                return java.util.Optional.of(batch.path("id").asString());
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public BatchStatus status(String batchId) {
        JsonNode batch = batch(batchId);
        String state = batch.path("status").asString("");
        JsonNode counts = batch.path("request_counts");
        int total = counts.path("total").asInt(0);
        int completed = counts.path("completed").asInt(0);
        int failed = counts.path("failed").asInt(0);
        return new BatchStatus(batchId, state(state), state, total, completed, failed);
    }

    static BatchState state(String status) {
        return switch (status) {
            case "validating" -> BatchState.QUEUED;
            case "in_progress", "finalizing" -> BatchState.RUNNING;
            case "cancelling" -> BatchState.CANCELLING;
            case "completed", "failed", "expired", "cancelled" -> BatchState.ENDED;
            default -> throw new LlmException(SERVICE + " reported an unknown batch status '" + status + "'");
        };
    }

    @Override
    public List<BatchOutcome> results(String batchId) {
        JsonNode batch = batch(batchId);
        List<BatchOutcome> out = new ArrayList<>();
        for (String field : List.of("output_file_id", "error_file_id")) {
            String fileId = batch.path(field).asString("");
            if (!fileId.isBlank()) {
                String content = http.send(new Request.Builder().url(url("files", fileId, "content")).get());
                content.lines().filter(l -> !l.isBlank()).map(l -> ResultLines.outcome(l, modelName)).forEach(out::add);
            }
        }
        return out;
    }

    @Override
    public void cancel(String batchId) {
        http.sendJson(new Request.Builder().url(url("batches", batchId, "cancel")).post(BatchHttp.json(Mappers.JSON.createObjectNode())));
    }

    private JsonNode batch(String batchId) {
        Objects.requireNonNull(batchId, "batchId");
        return http.sendJson(new Request.Builder().url(url("batches", batchId)).get());
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b.build();
    }

    private static String requireText(JsonNode node, String field) {
        String v = node.path(field).asString("");
        if (v.isBlank()) {
            throw new LlmException(SERVICE + " answered without '" + field + "'");
        }
        return v;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    /** The same identity as the online model at this base URL, so both share answers in the response cache. */
    @Override
    public String identity() {
        return "openai " + PublicUrl.of(base.newBuilder().addPathSegments("chat/completions").build()) + " "
                + modelName;
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OpenAiBatchClient[" + base + ", model=" + modelName + "]";
    }

    /** Builds {@link OpenAiBatchClient}s. Defaults: base URL and key from the environment. */
    public static final class Builder {
        private String baseUrl;
        private String modelName;
        private Supplier<String> apiKey;
        private boolean maxCompletionTokens;
        private OkHttpClient client;
        private Function<String, String> environment = System::getenv;

        private Builder() {
        }

        /** The API base URL up to {@code /v1} (default {@code OPENAI_BASE_URL}, else {@code https://api.openai.com/v1}). */
        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        /** The model to ask for (required). */
        public Builder modelName(String value) {
            modelName = value;
            return this;
        }

        /** The API key (default {@code OPENAI_API_KEY}); none is sent when blank. */
        public Builder apiKey(Supplier<String> value) {
            apiKey = Objects.requireNonNull(value, "apiKey");
            return this;
        }

        /** Sends the token limit as {@code max_completion_tokens} instead of {@code max_tokens}. */
        public Builder maxCompletionTokens(boolean value) {
            maxCompletionTokens = value;
            return this;
        }

        /** The caller's OkHttp client, shared and never closed here (redirects are turned off in a derived one). */
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
        public OpenAiBatchClient build() {
            if (modelName == null || modelName.isBlank()) {
                throw new ConfigurationException("OpenAI batch client: modelName is required");
            }
            String url = baseUrl != null ? baseUrl : environment.apply("OPENAI_BASE_URL");
            if (url == null || url.isBlank()) {
                url = "https://api.openai.com/v1";
            }
            HttpUrl base = HttpUrl.parse(url.trim());
            if (base == null) {
                throw new ConfigurationException("OpenAI batch client: baseUrl is not an http(s) URL: '" + url + "'");
            }
            Supplier<String> key = apiKey != null ? apiKey : () -> environment.apply("OPENAI_API_KEY");
            return new OpenAiBatchClient(this, base, ApiKey.of(key));
        }
    }
}
