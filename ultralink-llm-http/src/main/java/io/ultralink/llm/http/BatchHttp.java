package io.ultralink.llm.http;

import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.http.internal.Json;
import io.ultralink.llm.http.internal.StatusMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP calls of a batch client: one shared {@link OkHttpClient} that follows no redirect (a key
 * is never sent to another host), headers added to every request, an error status mapped to the
 * exception family with at most {@value #MAX_ERROR_BYTES} bytes of the body, the key scrubbed from
 * it, and I/O failures as {@link TransientLlmException}. For the batch clients of the provider modules.
 */
public final class BatchHttp implements AutoCloseable {

    /** Most bytes of an error body read into a message. */
    public static final int MAX_ERROR_BYTES = 4096;
    /** The JSON media type. */
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String service;
    private final OkHttpClient client;
    private final boolean ownClient;
    private final ApiKey key;
    private final Map<String, String> headers;

    /**
     * @param service names the server in messages
     * @param given the caller's client (kept open), or null to create one
     * @param key sent by {@code authorize}
     * @param headers added to every request (the key's header among them when {@code key} is set)
     */
    public BatchHttp(String service, OkHttpClient given, ApiKey key, Map<String, String> headers) {
        this.service = service;
        this.ownClient = given == null;
        OkHttpClient base = given != null ? given : new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(5))
                .readTimeout(Duration.ofMinutes(2)).build();
        this.client = base.newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.key = key;
        this.headers = Map.copyOf(headers);
    }

    /** The key's value, if one is configured. */
    public java.util.Optional<String> key() {
        return key.value();
    }

    /** A JSON request body. */
    public static RequestBody json(JsonNode body) {
        return RequestBody.create(Json.MAPPER.writeValueAsBytes(body), JSON);
    }

    /** Sends {@code request} with the common headers and parses the JSON answer. */
    public JsonNode sendJson(Request.Builder request) {
        String text = send(request);
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new TransientLlmException(service + " answered with invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Sends {@code request} with the common headers and returns the body as text. */
    public String send(Request.Builder request) {
        headers.forEach(request::header);
        try (Response response = client.newCall(request.build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw StatusMapping.toException(service, response.code(), response.headers(),
                        key.scrub(bounded(body)), Clock.systemUTC());
            }
            return body.string();
        } catch (IOException e) {
            throw new TransientLlmException(service + " could not be reached: " + e.getMessage(), e);
        }
    }

    private static String bounded(ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            return new String(in.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** Releases the client's threads and connections, when this object created it. */
    @Override
    public void close() {
        if (ownClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
