package io.ultralink.llm.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.contract.HttpChatModelContractTest;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.http.internal.Json;
import io.ultralink.model.Message;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AzureOpenAiChatModelTest extends HttpChatModelContractTest {

    private static final String KEY = "azure-key-0123456789";

    @Override
    protected ChatModel createModel(MockWebServer server) {
        return AzureOpenAiChatModel.builder().endpoint(server.url("/").toString()).apiKey(KEY)
                .deploymentName("gpt4o-prod").apiVersion("2024-10-21").build();
    }

    @Override
    protected void expectAnswer(String text) {
        server.enqueue(Replies.openAi(text));
    }

    @Override
    protected Optional<String> secret() {
        return Optional.of(KEY);
    }

    @Test
    void chat_request_deploymentUrlApiVersionKeyHeaderAndNoModel() throws Exception {
        server.enqueue(Replies.json(200, Replies.openAiBody("hi", "length", 20, 10, 3)));

        ChatResponse response = model.chat(ChatRequest.builder().addMessage(Message.user("Hello")).maxTokens(3)
                .temperature(0.2).build());

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/openai/deployments/gpt4o-prod/chat/completions");
        assertThat(sent.getUrl().queryParameter("api-version")).isEqualTo("2024-10-21");
        assertThat(sent.getHeaders().get("api-key")).isEqualTo(KEY);
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        assertThat(Json.MAPPER.readTree(sent.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}],\"temperature\":0.2,\"max_tokens\":3}"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.usage()).isEqualTo(new TokenUsage(20, 10, 3));
    }

    @Test
    void chat_401_throwsAuthenticationWithoutKey() {
        server.enqueue(Replies.json(401, "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to invalid "
                + "subscription key " + KEY + "\"}}"));

        assertThatThrownBy(() -> model.chat(simpleRequest())).isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @Test
    void chat_429WithRetryAfterMs_rateLimited() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after-ms", "1500").body("{}").build());

        assertThatThrownBy(() -> model.chat(simpleRequest())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofMillis(1500)));
    }

    @Test
    void build_noEndpoint_failsNamingVariable() {
        assertThatThrownBy(() -> AzureOpenAiChatModel.builder().deploymentName("d").environment(k -> null).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("AZURE_OPENAI_ENDPOINT");
    }
}
