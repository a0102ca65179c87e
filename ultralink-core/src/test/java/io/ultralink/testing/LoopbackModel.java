package io.ultralink.testing;

import io.ultralink.error.TransientLlmException;
import io.ultralink.format.internal.Json;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A chat model that asks a {@link LoopbackServer} over HTTP. */
public final class LoopbackModel implements ChatModel {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;

    /** A model for the server on {@code port} of the loopback interface. */
    public LoopbackModel(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/chat");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String prompt = request.messages().stream().map(Message::content).reduce("", (a, b) -> a + "\n" + b);
        String body = Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode()
                .put("question", ScriptedChatModel.isQuestion(request)).put("seed", request.seed().orElse(0))
                .put("prompt", prompt));
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new TransientLlmException("loopback server answered " + response.statusCode());
            }
            String text = Json.MAPPER.readTree(response.body()).get("text").stringValue();
            return new ChatResponse(text, FinishReason.STOP, new TokenUsage(prompt.length() / 4, 0, text.length() / 4),
                    "loopback");
        } catch (IOException e) {
            throw new TransientLlmException("loopback call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientLlmException("interrupted", e);
        }
    }

    @Override
    public String modelName() {
        return "loopback";
    }
}
