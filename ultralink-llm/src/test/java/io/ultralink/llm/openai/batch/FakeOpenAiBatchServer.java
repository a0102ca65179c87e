package io.ultralink.llm.openai.batch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.llm.http.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI Batch API on loopback (JDK HttpServer): files upload (multipart, purpose batch),
 * batches created from them, polled ({@code validating}, then {@code in_progress}, then an end state
 * unless {@link #hold held}), output and error files. Answers come from a function of the chat body.
 * Requests can expire once (the batch then ends {@code expired}) or fail (HTTP 500 lines in the error
 * file). Counts batches and requests on the server side.
 */
public final class FakeOpenAiBatchServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Function<JsonNode, String> answers;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> submittedIds = new ArrayList<>();
    private final Set<String> expiredOnce = new HashSet<>();
    private volatile boolean hold;
    private volatile int expireFirst;
    private volatile Predicate<JsonNode> failWhen = body -> false;
    private volatile CountDownLatch submission = new CountDownLatch(1);

    private static final class Batch {
        final String id;
        final List<JsonNode> lines;
        JsonNode metadata;
        String status = "validating";
        String outputFile;
        String errorFile;
        int completed;
        int failed;

        Batch(String id, List<JsonNode> lines) {
            this.id = id;
            this.lines = lines;
        }
    }

    /** Starts a server answering each chat body with {@code answers}. */
    public FakeOpenAiBatchServer(Function<JsonNode, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The base URL up to {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** While true, batches stay {@code in_progress}. */
    public void hold(boolean value) {
        hold = value;
    }

    /** The first {@code n} distinct custom ids submitted from now on expire, once each. */
    public synchronized void expireFirst(int n) {
        expireFirst = n;
    }

    /** Requests whose chat body matches fail with HTTP 500 lines in the error file. */
    public void failWhen(Predicate<JsonNode> value) {
        failWhen = value;
    }

    /** Batches created. */
    public synchronized int batches() {
        return batches.size();
    }

    /** Requests submitted in every batch, in order (a resubmitted request counts again). */
    public synchronized List<String> submittedIds() {
        return List.copyOf(submittedIds);
    }

    /** Custom ids that expired. */
    public synchronized Set<String> expired() {
        return Set.copyOf(expiredOnce);
    }

    /** Counts down at the next batch created. */
    public CountDownLatch nextSubmission() {
        submission = new CountDownLatch(1);
        return submission;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (this) {
                if (method.equals("POST") && path.equals("/v1/files")) {
                    String id = "file-" + ids.incrementAndGet();
                    files.put(id, Multipart.filePart(exchange.getRequestHeaders().getFirst("Content-Type"), body));
                    send(exchange, 200, Json.object().put("id", id).put("object", "file").put("purpose", "batch"));
                } else if (method.equals("POST") && path.equals("/v1/batches")) {
                    create(exchange, Json.MAPPER.readTree(body));
                } else if (method.equals("GET") && path.equals("/v1/batches")) {
                    ObjectNode list = Json.object().put("object", "list");
                    var data = list.putArray("data");
                    List<Batch> newestFirst = new ArrayList<>(batches.values());
                    java.util.Collections.reverse(newestFirst);
                    newestFirst.forEach(b -> data.add(view(b)));
                    send(exchange, 200, list);
                } else if (method.equals("GET") && path.matches("/v1/batches/[^/]+")) {
                    Batch b = batches.get(path.substring("/v1/batches/".length()));
                    if (b == null) {
                        send(exchange, 404, error("no such batch"));
                    } else {
                        advance(b);
                        send(exchange, 200, view(b));
                    }
                } else if (method.equals("POST") && path.matches("/v1/batches/[^/]+/cancel")) {
                    Batch b = batches.get(path.split("/")[3]);
                    b.status = "cancelled";
                    send(exchange, 200, view(b));
                } else if (method.equals("GET") && path.matches("/v1/files/[^/]+/content")) {
                    String content = files.get(path.split("/")[3]);
                    sendText(exchange, content == null ? 404 : 200, content == null ? "" : content);
                } else {
                    send(exchange, 404, error("unknown route " + method + " " + path));
                }
            }
        }
    }

    private void create(HttpExchange exchange, JsonNode request) throws IOException {
        String input = files.get(request.path("input_file_id").asString(""));
        if (input == null || !"/v1/chat/completions".equals(request.path("endpoint").asString(""))
                || !"24h".equals(request.path("completion_window").asString(""))) {
            send(exchange, 400, error("bad batch request " + request));
            return;
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : input.split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = Json.MAPPER.readTree(line);
                lines.add(n);
                submittedIds.add(n.path("custom_id").asString());
            }
        }
        Batch b = new Batch("batch_" + ids.incrementAndGet(), lines);
        b.metadata = request.path("metadata");
        batches.put(b.id, b);
        send(exchange, 200, view(b));
        submission.countDown();
    }

    private void advance(Batch b) {
        if (b.status.equals("validating")) {
            b.status = "in_progress";
        } else if (b.status.equals("in_progress") && !hold) {
            finish(b);
        }
    }

    private void finish(Batch b) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        boolean anyExpired = false;
        for (JsonNode line : b.lines) {
            String answer = null;
            String id = line.path("custom_id").asString();
            ObjectNode result = Json.object().put("id", "req_" + ids.incrementAndGet()).put("custom_id", id);
            if (expireFirst > 0 && expiredOnce.add(id)) {
                expireFirst--;
                anyExpired = true;
                result.putNull("response");
                result.putObject("error").put("code", "batch_expired").put("message", "not answered in time");
                err.append(Json.MAPPER.writeValueAsString(result)).append('\n');
                b.failed++;
            } else if (failWhen.test(line.path("body")) || (answer = answer(line.path("body"))) == null) {
                ObjectNode response = result.putObject("response").put("status_code", 500);
                response.putObject("body").putObject("error").put("message", "server error");
                result.putNull("error");
                err.append(Json.MAPPER.writeValueAsString(result)).append('\n');
                b.failed++;
            } else {
                ObjectNode response = result.putObject("response").put("status_code", 200);
                ObjectNode chat = response.putObject("body").put("model", line.path("body").path("model").asString());
                chat.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
                        .put("role", "assistant").put("content", answer);
                chat.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20);
                result.putNull("error");
                out.append(Json.MAPPER.writeValueAsString(result)).append('\n');
                b.completed++;
            }
        }
        if (out.length() > 0) {
            b.outputFile = "file-" + ids.incrementAndGet();
            files.put(b.outputFile, out.toString());
        }
        if (err.length() > 0) {
            b.errorFile = "file-" + ids.incrementAndGet();
            files.put(b.errorFile, err.toString());
        }
        b.status = anyExpired ? "expired" : "completed";
    }

    /** The answer to a chat body, or null when the answer function throws (an HTTP 500 line, as a server would). */
    private String answer(JsonNode body) {
        try {
            return answers.apply(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ObjectNode view(Batch b) {
        ObjectNode n = Json.object().put("id", b.id).put("object", "batch").put("endpoint", "/v1/chat/completions")
                .put("status", b.status).put("completion_window", "24h");
        n.set("metadata", b.metadata);
        if (b.outputFile != null) {
            n.put("output_file_id", b.outputFile);
        } else {
            n.putNull("output_file_id");
        }
        if (b.errorFile != null) {
            n.put("error_file_id", b.errorFile);
        } else {
            n.putNull("error_file_id");
        }
        n.putObject("request_counts").put("total", b.lines.size()).put("completed", b.completed)
                .put("failed", b.failed);
        return n;
    }

    private static ObjectNode error(String message) {
        ObjectNode n = Json.object();
        n.putObject("error").put("message", message);
        return n;
    }

    private static void send(HttpExchange exchange, int code, JsonNode body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        write(exchange, code, Json.MAPPER.writeValueAsBytes(body));
    }

    private static void sendText(HttpExchange exchange, int code, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/jsonl");
        write(exchange, code, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange exchange, int code, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Finds the {@code file} part of a multipart/form-data body and checks {@code purpose=batch}. */
    static final class Multipart {
        private Multipart() {
        }

        static String filePart(String contentType, byte[] body) {
            String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
            String text = new String(body, StandardCharsets.UTF_8);
            String file = null;
            boolean purpose = false;
            for (String part : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
                int split = part.indexOf("\r\n\r\n");
                if (split < 0) {
                    continue;
                }
                String headers = part.substring(0, split);
                String content = part.substring(split + 4);
                content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
                if (headers.contains("name=\"file\"")) {
                    file = content;
                } else if (headers.contains("name=\"purpose\"") && content.equals("batch")) {
                    purpose = true;
                }
            }
            if (file == null || !purpose) {
                throw new IllegalArgumentException("upload needs a file part and purpose=batch");
            }
            return file;
        }
    }
}
