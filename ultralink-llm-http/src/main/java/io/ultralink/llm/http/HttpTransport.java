package io.ultralink.llm.http;

import io.ultralink.error.TransientLlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.http.internal.RateLimitHeaders;
import io.ultralink.llm.http.internal.RequestLogging;
import io.ultralink.llm.http.internal.StatusMapping;
import io.ultralink.llm.resilience.RateLimitSnapshot;
import io.ultralink.redact.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Posts JSON and returns the parsed JSON answer, turning every failure into the exception family:
 * I/O errors and timeouts become {@link TransientLlmException}, error statuses go through
 * {@link StatusMapping} (an error body is read up to 4 KB and scrubbed of secrets first), a redirect is
 * never followed (the key and the prompt would go to another host) but becomes an
 * {@link io.ultralink.error.InvalidRequestException} naming the target host, an unparseable body (cut off or not JSON) is a {@link TransientLlmException}.
 * Rate-limit headers of every response go to the {@link #addRateLimitListener listeners}. Closes every
 * response. For backend implementations.
 */
public final class HttpTransport implements AutoCloseable {

    /** JSON media type. */
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** How much of an error answer is read: enough for the service's message, never a whole page. */
    static final long MAX_ERROR_BODY = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final String service;
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final ApiKey apiKey;
    private final Clock clock;
    private final List<Consumer<RateLimitSnapshot>> rateLimitListeners = new CopyOnWriteArrayList<>();

    /**
     * Creates a transport.
     *
     * @param service the service name used in messages ({@code "OpenAI-compatible server"})
     * @param callerClient a client to share, or {@code null} to build one (then closed by {@link #close})
     * @param timeout the whole-call timeout (also the read timeout)
     * @param logRequests whether to log requests (headers masked)
     * @param apiKey the key, only used to scrub messages
     */
    public HttpTransport(String service, OkHttpClient callerClient, Duration timeout, boolean logRequests,
            ApiKey apiKey) {
        this.service = Objects.requireNonNull(service, "service");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.clock = Clock.systemUTC();
        this.ownsClient = callerClient == null;
        OkHttpClient.Builder b = (callerClient == null ? new OkHttpClient.Builder() : callerClient.newBuilder())
                .callTimeout(timeout).readTimeout(timeout)
                .followRedirects(false).followSslRedirects(false);
        if (callerClient == null) {
            b.connectTimeout(Duration.ofSeconds(Math.min(10, Math.max(1, timeout.toSeconds()))));
            okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
            dispatcher.setMaxRequests(1024);
            dispatcher.setMaxRequestsPerHost(1024);
            b.dispatcher(dispatcher);
            b.connectionPool(new okhttp3.ConnectionPool(64, 5, java.util.concurrent.TimeUnit.MINUTES));
        }
        if (logRequests) {
            b.addNetworkInterceptor(new RequestLogging());
        }
        this.client = b.build();
    }

    /** A request body holding {@code json}. */
    public static RequestBody body(JsonNode json) {
        return RequestBody.create(Mappers.JSON.writeValueAsBytes(json), JSON);
    }

    /** Tells {@code listener} what the rate-limit headers of each later response say. */
    public void addRateLimitListener(Consumer<RateLimitSnapshot> listener) {
        rateLimitListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Executes the request and returns the parsed answer. */
    public JsonNode execute(Request request) {
        try (Response response = client.newCall(request).execute()) {
            return read(response);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    /** Executes the request asynchronously; cancelling the future cancels the call. */
    public CompletableFuture<JsonNode> executeAsync(Request request) {
        Call call = client.newCall(request);
        CompletableFuture<JsonNode> future = new CompletableFuture<>();
        future.whenComplete((v, e) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(ioFailure(e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(read(response));
                } catch (IOException e) {
                    future.completeExceptionally(ioFailure(e));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    private JsonNode read(Response response) throws IOException {
        if (!rateLimitListeners.isEmpty()) {
            notifyRateLimits(response);
        }
        if (response.isRedirect() || (response.code() >= 300 && response.code() < 400)) {
            throw StatusMapping.redirect(service, response.code(), response.request().url(), response.header("Location"));
        }
        if (!response.isSuccessful()) {
            String text = response.peekBody(MAX_ERROR_BODY).string();
            throw StatusMapping.toException(service, response.code(), response.headers(),
                    Redactor.standard().redact(apiKey.scrub(errorDetail(text))), clock);
        }
        ResponseBody body = response.body();
        byte[] bytes = body.bytes();
        try {
            return Mappers.JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new TransientLlmException(service + " answered HTTP " + response.code()
                    + " with a body that is not valid JSON, cut off or garbled (" + bytes.length + " bytes)", e);
        }
    }

    private void notifyRateLimits(Response response) {
        try {
            RateLimitHeaders.parse(response.headers(), clock).ifPresent(s -> rateLimitListeners.forEach(l -> l.accept(s)));
        } catch (RuntimeException e) {
            // the headers only advise the pacing: an odd one must never fail the call
            LOG.debug("ignoring rate-limit headers of {}: {}", service, e.toString());
        }
    }

    private TransientLlmException ioFailure(IOException e) {
        String what = e instanceof java.io.InterruptedIOException ? "timed out or was interrupted" : "failed";
        return new TransientLlmException("call to " + service + " " + what + ": "
                + Redactor.standard().redact(apiKey.scrub(String.valueOf(e.getMessage()))), e);
    }

    private static String errorDetail(String body) {
        try {
            JsonNode node = Mappers.JSON.readTree(body);
            JsonNode error = node.path("error");
            if (error.isObject() && error.path("message").isString()) {
                return error.path("message").asString();
            }
            if (error.isString()) {
                return error.asString();
            }
            if (node.path("message").isString()) {
                return node.path("message").asString();
            }
        } catch (JacksonException notJson) {
            // fall back to the raw text
        }
        return body;
    }

    /** Releases the connection pool and threads, only when this transport built the client. */
    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "HttpTransport[" + service + "]";
    }
}
