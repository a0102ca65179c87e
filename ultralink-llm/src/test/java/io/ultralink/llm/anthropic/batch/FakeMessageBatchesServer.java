package io.ultralink.llm.anthropic.batch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.llm.http.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Anthropic Message Batches on loopback: batches created from {@code requests}, polled
 * ({@code in_progress}, then {@code ended} unless held), results at {@code results_url}. Requests
 * can expire or error; the key and version headers are checked; batches and requests are counted.
 */
final class FakeMessageBatchesServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Function<JsonNode, String> answers;
    private final Map<String, List<JsonNode>> batches = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean hold;
    private volatile Predicate<JsonNode> expire = p -> false;
    private volatile Predicate<JsonNode> error = p -> false;

    FakeMessageBatchesServer(Function<JsonNode, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void hold(boolean value) {
        hold = value;
    }

    void expireWhen(Predicate<JsonNode> value) {
        expire = value;
    }

    void errorWhen(Predicate<JsonNode> value) {
        error = value;
    }

    synchronized int batches() {
        return batches.size();
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!"sk-ant".equals(exchange.getRequestHeaders().getFirst("x-api-key"))
                    || !"2023-06-01".equals(exchange.getRequestHeaders().getFirst("anthropic-version"))) {
                send(exchange, 401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\"}}");
                return;
            }
            synchronized (this) {
                String prefix = "/v1/messages/batches";
                if (exchange.getRequestMethod().equals("POST") && path.equals(prefix)) {
                    String id = "msgbatch_" + ids.incrementAndGet();
                    List<JsonNode> list = new ArrayList<>();
                    Json.MAPPER.readTree(body).path("requests").forEach(list::add);
                    requests.addAndGet(list.size());
                    batches.put(id, list);
                    send(exchange, 200, view(id));
                } else if (path.matches(prefix + "/[^/]+/results")) {
                    send(exchange, 200, results.get(path.split("/")[4]));
                } else if (path.matches(prefix + "/[^/]+")) {
                    String id = path.split("/")[4];
                    if (!hold && !results.containsKey(id)) {
                        finish(id);
                    }
                    send(exchange, 200, view(id));
                } else {
                    send(exchange, 404, "{}");
                }
            }
        }
    }

    private void finish(String id) {
        StringBuilder out = new StringBuilder();
        for (JsonNode r : batches.get(id)) {
            ObjectNode line = Json.object().put("custom_id", r.path("custom_id").asString());
            ObjectNode result = line.putObject("result");
            JsonNode params = r.path("params");
            if (expire.test(params)) {
                result.put("type", "expired");
            } else if (error.test(params)) {
                result.put("type", "errored").putObject("error").put("type", "error").putObject("error")
                        .put("type", "api_error").put("message", "overloaded");
            } else {
                ObjectNode message = result.put("type", "succeeded").putObject("message").put("type", "message")
                        .put("model", params.path("model").asString()).put("stop_reason", "end_turn");
                message.putArray("content").addObject().put("type", "text").put("text", answers.apply(params));
                message.putObject("usage").put("input_tokens", 50).put("output_tokens", 10);
            }
            out.append(Json.MAPPER.writeValueAsString(line)).append('\n');
        }
        results.put(id, out.toString());
    }

    private String view(String id) {
        boolean ended = results.containsKey(id);
        ObjectNode n = Json.object().put("id", id).put("type", "message_batch")
                .put("processing_status", ended ? "ended" : "in_progress");
        int size = batches.get(id).size();
        n.putObject("request_counts").put("processing", ended ? 0 : size).put("succeeded", ended ? size : 0)
                .put("errored", 0).put("canceled", 0).put("expired", 0);
        if (ended) {
            n.put("results_url", baseUrl() + "/v1/messages/batches/" + id + "/results");
        } else {
            n.putNull("results_url");
        }
        return Json.MAPPER.writeValueAsString(n);
    }

    private static void send(HttpExchange exchange, int code, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
