package io.ultralink.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.format.internal.Json;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat server on loopback answering dialogue calls with {@link QuickstartModel}'s
 * scripts (a call asks for a question when its prompt holds a pack's question instruction), or 429
 * to everything while {@link #refuseAll} is set.
 */
final class QuickstartServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final QuickstartModel script = new QuickstartModel();
    private final List<String> questionInstructions = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean refuseAll;

    QuickstartServer() throws IOException {
        for (LanguagePack pack : LanguagePacks.load().all()) {
            DialoguePrompts d = pack.dialogue();
            questionInstructions.addAll(List.of(d.initialQuestion().strip(), d.inDepthQuestion().strip(),
                    d.expansiveQuestion().strip()));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::answer);
        server.setExecutor(pool);
        server.start();
    }

    /** The base URL up to {@code /v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers 429 to every call while {@code value} is true. */
    void refuseAll(boolean value) {
        refuseAll = value;
    }

    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            requests.incrementAndGet();
            if (refuseAll) {
                send(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached for requests\"}}");
                return;
            }
            String text = reply(body);
            ObjectNode out = Json.MAPPER.createObjectNode().put("model", "quickstart-script");
            out.putArray("choices").addObject().put("finish_reason", "stop").putObject("message")
                    .put("role", "assistant").put("content", text);
            out.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20);
            send(exchange, 200, Json.MAPPER.writeValueAsString(out));
        }
    }

    /** The scripted answer to a chat-completions body. */
    String reply(JsonNode body) {
        ChatRequest.Builder request = ChatRequest.builder();
        StringBuilder all = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            String content = m.path("content").asString("");
            all.append(content).append('\n');
            Role role = "system".equals(m.path("role").asString("")) ? Role.SYSTEM : Role.USER;
            request.addMessage(role == Role.SYSTEM ? Message.system(content) : Message.user(content));
        }
        boolean question = questionInstructions.stream().anyMatch(i -> all.indexOf(i) >= 0);
        ChatResponse r = script.chat(request.stage(question ? "dialogue.question" : "dialogue.answer").build());
        return r.text();
    }

    private static void send(HttpExchange exchange, int code, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
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
