package io.ultralink.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.filter.CultureCriterion;
import io.ultralink.format.internal.Json;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat server on the loopback interface that plays the quickstart's model over
 * HTTP: the {@link QuickstartModel} scripts for dialogue calls (a question or an answer, told apart by
 * the pack instruction in the prompt), a JSON culture verdict that flags the Thanksgiving chat, and an
 * untranslated echo for translation calls. It counts requests by the SHA-256 of their body, and which
 * of them it answered in full, so that tests can tell a call made twice.
 */
final class ModelServer implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final long pauseMillis;
    private final String modelName;
    private final List<DialoguePrompts> prompts = new ArrayList<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> answeredAt = new ConcurrentHashMap<>();
    private final List<Answer> answerLog = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Gate gate = exchange -> 200;

    /** Decides the status of an answer before it is given: 200 to answer, another code to fail the call. */
    @FunctionalInterface
    interface Gate {
        int status(String bodyDigest) throws InterruptedException;
    }

    ModelServer(long pauseMillis, String modelName) {
        this.pauseMillis = pauseMillis;
        this.modelName = modelName;
        for (LanguagePack p : LanguagePacks.load().all()) {
            prompts.add(p.dialogue());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The base URL to give the CLI ({@code http://127.0.0.1:PORT/v1}). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Replaces the gate every request passes before it is answered. */
    void gate(Gate value) {
        gate = value;
    }

    /** Requests received. */
    long requests() {
        return requests.get();
    }

    /** Requests received per body digest. */
    Map<String, Integer> received() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        received.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** How many times each body digest was answered in full (status 200, body written). */
    Map<String, Integer> answered() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        answered.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** When ({@link System#nanoTime()}) each body digest was answered in full, in order. */
    Map<String, List<Long>> answeredAt() {
        Map<String, List<Long>> out = new java.util.TreeMap<>();
        answeredAt.forEach((k, v) -> {
            synchronized (v) {
                out.put(k, List.copyOf(v));
            }
        });
        return out;
    }

    /**
     * Every full answer, in the order given.
     */
    List<Answer> answers() {
        synchronized (answerLog) {
            return List.copyOf(answerLog);
        }
    }

    /** One full answer: when, and to which body. */
    record Answer(long nanos, String digest) {
    }

    /** Forgets every count. */
    void reset() {
        received.clear();
        answered.clear();
        answeredAt.clear();
        synchronized (answerLog) {
            answerLog.clear();
        }
        requests.set(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] raw = ex.getRequestBody().readAllBytes();
            String digest = io.ultralink.run.Fingerprint.sha256(new String(raw, StandardCharsets.UTF_8));
            requests.incrementAndGet();
            received.computeIfAbsent(digest, k -> new AtomicInteger()).incrementAndGet();
            int status = gate.status(digest);
            Thread.sleep(pauseMillis);
            if (status != 200) {
                byte[] err = ("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(status, err.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(err);
                }
                return;
            }
            byte[] reply = Json.MAPPER.writeValueAsBytes(reply(Json.MAPPER.readTree(raw)));
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, reply.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(reply);
            }
            answered.computeIfAbsent(digest, k -> new AtomicInteger()).incrementAndGet();
            long now = System.nanoTime();
            List<Long> times = answeredAt.computeIfAbsent(digest, k -> new ArrayList<>());
            synchronized (times) {
                times.add(now);
            }
            synchronized (answerLog) {
                answerLog.add(new Answer(now, digest));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode reply(JsonNode body) {
        ObjectNode reply = Json.MAPPER.createObjectNode().put("id", "c").put("object", "chat.completion")
                .put("model", modelName);
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text(body));
        reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return reply;
    }

    private String text(JsonNode body) {
        StringBuilder all = new StringBuilder();
        String lastUser = "";
        for (JsonNode m : body.path("messages")) {
            String content = m.path("content").asString("");
            all.append(content).append('\n');
            if ("user".equals(m.path("role").asString(""))) {
                lastUser = content;
            }
        }
        if (body.toString().contains("culture_verdict")) {
            return verdict(lastUser.contains("Thanksgiving") || lastUser.contains("Ohio"));
        }
        String text = all.toString();
        Boolean question = dialogueStep(text);
        if (question != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String[] s : QuickstartModel.SCRIPTS) {
                if (lower.contains(s[0])) {
                    return question ? s[1] : s[2];
                }
            }
        }
        return lastUser;
    }

    /** True for a question call, false for an answer call, null when the prompt is not a dialogue call. */
    private Boolean dialogueStep(String text) {
        for (DialoguePrompts p : prompts) {
            for (String q : List.of(p.initialQuestion(), p.inDepthQuestion(), p.expansiveQuestion())) {
                if (text.contains(q.strip())) {
                    return true;
                }
            }
            for (String a : List.of(p.initialAnswer(), p.followUpAnswer())) {
                if (text.contains(a.strip())) {
                    return false;
                }
            }
        }
        return null;
    }

    private static String verdict(boolean places) {
        StringBuilder sb = new StringBuilder("{");
        for (CultureCriterion c : CultureCriterion.values()) {
            boolean match = c == CultureCriterion.PLACES && places;
            sb.append(sb.length() > 1 ? "," : "").append('"').append(c.name().toLowerCase(Locale.ROOT))
                    .append("\":{\"match\":").append(match).append(",\"reason\":\"")
                    .append(match ? "a US holiday and state" : "none").append("\"}");
        }
        return sb.append('}').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
