package io.ultralink.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.OverloadedException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.contract.HttpChatModelContractTest;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.http.internal.Json;
import io.ultralink.model.Message;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AnthropicChatModelTest extends HttpChatModelContractTest {

    private static final String KEY = "sk-ant-0123456789";

    @Override
    protected ChatModel createModel(MockWebServer server) {
        return AnthropicChatModel.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .modelName("claude-test").build();
    }

    @Override
    protected void expectAnswer(String text) {
        server.enqueue(Replies.json(200, Replies.anthropicBody(text, "end_turn", 12, 0, 5)));
    }

    @Override
    protected Optional<String> secret() {
        return Optional.of(KEY);
    }

    @Test
    void chat_request_systemTopLevelHeadersAndStopSequences() throws Exception {
        expectAnswer("ok");

        model.chat(ChatRequest.builder().addMessage(Message.system("Be brief.")).addMessage(Message.user("Hi"))
                .addMessage(Message.assistant("Hello.")).addMessage(Message.user("More?")).maxTokens(50)
                .temperature(0.3).topP(0.9).seed(5).stop(List.of("###")).build());

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(sent.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        assertThat(Json.MAPPER.readTree(sent.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(
                "{\"model\":\"claude-test\",\"max_tokens\":50,\"system\":\"Be brief.\",\"messages\":["
                        + "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello.\"},"
                        + "{\"role\":\"user\",\"content\":\"More?\"}],\"temperature\":0.3,\"top_p\":0.9,"
                        + "\"stop_sequences\":[\"###\"]}"));
    }

    @Test
    void chat_noMaxTokensAndJsonFormat_defaultLimitAndInstruction() throws Exception {
        expectAnswer("{}");

        model.chat(ChatRequest.builder().addMessage(Message.user("JSON please"))
                .responseFormat(ResponseFormat.JSON_OBJECT).build());

        var body = Json.MAPPER.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("system").asString()).contains("JSON object");
    }

    @Test
    void chat_maxTokensStop_lengthAndCacheAwareUsage() {
        server.enqueue(Replies.json(200, Replies.anthropicBody("Cut sh", "max_tokens", 30, 70, 50)));

        ChatResponse response = model.chat(simpleRequest());

        assertThat(response).isEqualTo(new ChatResponse("Cut sh", FinishReason.LENGTH, new TokenUsage(100, 70, 50),
                "claude-test"));
    }

    @Test
    void chat_529Overloaded_overloadedWithRequestedWait() {
        server.enqueue(new MockResponse.Builder().code(529).addHeader("retry-after", "2")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")
                .build());

        Throwable thrown = catchThrowable(() -> model.chat(simpleRequest()));

        assertThat(thrown).isExactlyInstanceOf(OverloadedException.class).hasMessageContaining("Overloaded");
        assertThat(((OverloadedException) thrown).isRetryable()).isTrue();
        assertThat(((OverloadedException) thrown).retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void chat_200WithoutContentArray_transient() {
        server.enqueue(Replies.json(200, "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\"}"));

        assertThatThrownBy(() -> model.chat(simpleRequest())).isExactlyInstanceOf(TransientLlmException.class)
                .hasMessageContaining("content array");
    }

    @Test
    void chat_429WithRetryAfter_rateLimited() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "3").body("{}").build());

        assertThatThrownBy(() -> model.chat(simpleRequest())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
    }

    @Test
    void chat_401_authentication() {
        server.enqueue(Replies.json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                + "\"message\":\"invalid x-api-key\"}}"));

        assertThatThrownBy(() -> model.chat(simpleRequest())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("invalid x-api-key");
    }
}
