package io.ultralink.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiChatModelTest {

    private static final String KEY = "sk-test-0123456789";

    private MockWebServer server;
    private OpenAiChatModel model;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        model = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey(KEY).modelName("gpt-test")
                .timeout(Duration.ofMillis(800)).build();
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    private static ChatRequest fullRequest() {
        return ChatRequest.builder().addMessage(Message.system("Be brief.")).addMessage(Message.user("Hi"))
                .temperature(0.5).topP(0.9).maxTokens(64).seed(42).stop(List.of("END")).stage("question")
                .promptVersion("v3").build();
    }

    @Test
    void chat_allParameters_sendsExactJsonAndHeaders() throws Exception {
        server.enqueue(Replies.openAi("Hello"));

        model.chat(fullRequest());

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(Json.MAPPER.readTree(sent.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(
                "{\"model\":\"gpt-test\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
                        + "{\"role\":\"user\",\"content\":\"Hi\"}],\"temperature\":0.5,\"top_p\":0.9,"
                        + "\"max_tokens\":64,\"seed\":42,\"stop\":[\"END\"]}"));
    }

    @Test
    void chat_jsonSchemaFormat_sendsResponseFormat() throws Exception {
        server.enqueue(Replies.openAi("{\"a\":1}"));
        ChatRequest request = ChatRequest.builder().addMessage(Message.user("Give JSON"))
                .responseFormat(ResponseFormat.jsonSchema("answer", "{\"type\":\"object\"}")).build();

        model.chat(request);

        assertThat(Json.MAPPER.readTree(server.takeRequest().getBody().utf8()).path("response_format"))
                .isEqualTo(Json.MAPPER.readTree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\","
                        + "\"strict\":true,\"schema\":{\"type\":\"object\"}}}"));
    }

    @Test
    void chat_jsonObjectFormat_sendsType() throws Exception {
        server.enqueue(Replies.openAi("{}"));

        model.chat(ChatRequest.builder().addMessage(Message.user("x")).responseFormat(ResponseFormat.JSON_OBJECT)
                .build());

        assertThat(Json.MAPPER.readTree(server.takeRequest().getBody().utf8()).path("response_format")
                .path("type").asString()).isEqualTo("json_object");
    }

    @Test
    void chat_answer_parsesTextReasonUsageAndModel() {
        server.enqueue(Replies.json(200, Replies.openAiBody("Hello there", "stop", 100, 64, 7)));

        ChatResponse response = model.chat(fullRequest());

        assertThat(response).isEqualTo(new ChatResponse("Hello there", FinishReason.STOP,
                new TokenUsage(100, 64, 7), "test-model-0125"));
    }

    @Test
    void chat_finishLength_returnsTruncatedTextWithLength() {
        server.enqueue(Replies.json(200, Replies.openAiBody("Half a sen", "length", 10, 0, 64)));

        assertThat(model.chat(fullRequest()).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void chat_contentFilterWithNullContent_returnsEmptyTextAndReason() {
        server.enqueue(Replies.json(200, Replies.openAiBody(null, "content_filter", 10, 0, 0)));

        ChatResponse response = model.chat(fullRequest());

        assertThat(response.text()).isEmpty();
        assertThat(response.finishReason()).isEqualTo(FinishReason.CONTENT_FILTER);
    }

    @Test
    void chat_stopWithNullContent_throwsInsteadOfEmptyText() {
        server.enqueue(Replies.json(200, Replies.openAiBody(null, "stop", 10, 0, 0)));

        assertThatThrownBy(() -> model.chat(fullRequest())).isExactlyInstanceOf(LlmException.class)
                .hasMessageContaining("without message content");
    }

    @Test
    void chat_emptyChoices_throwsTransient() {
        server.enqueue(Replies.json(200, "{\"choices\":[],\"usage\":{\"prompt_tokens\":3}}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(TransientLlmException.class)
                .hasMessageContaining("no choices");
    }

    @Test
    void chat_errorObjectWithStatus200_throwsTransientWithMessage() {
        server.enqueue(Replies.json(200, "{\"error\":{\"message\":\"upstream provider timed out\",\"code\":502}}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(TransientLlmException.class)
                .hasMessageContaining("upstream provider timed out");
    }

    @Test
    void chat_deepSeekCacheField_readAsCachedTokens() {
        server.enqueue(Replies.json(200, "{\"model\":\"deepseek-chat\",\"choices\":[{\"message\":{\"content\":\"hi\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":2,"
                + "\"prompt_cache_hit_tokens\":32,\"prompt_cache_miss_tokens\":18}}"));

        assertThat(model.chat(fullRequest()).usage()).isEqualTo(new TokenUsage(50, 32, 2));
    }

    @Test
    void chat_cutOffJson_throwsRetryableTransient() {
        server.enqueue(Replies.json(200, "{\"choices\":[{\"message\":"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isExactlyInstanceOf(TransientLlmException.class)
                .hasMessageContaining("not valid JSON")
                .satisfies(e -> assertThat(((LlmException) e).isRetryable()).isTrue());
    }

    @Test
    void chat_disconnectMidBody_throwsTransient() {
        server.enqueue(new MockResponse.Builder().code(200).body(Replies.openAiBody("x".repeat(5000), "stop", 1, 0, 1))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(TransientLlmException.class);
    }

    @Test
    void chat_slowResponsePastTimeout_throwsTransient() {
        server.enqueue(new MockResponse.Builder().code(200).body(Replies.openAiBody("late", "stop", 1, 0, 1))
                .headersDelay(2, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(TransientLlmException.class)
                .hasMessageContaining("timed out");
    }

    @Test
    void chat_401EchoingKey_throwsAuthenticationWithoutKey() {
        server.enqueue(Replies.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("Incorrect API key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 422})
    void chat_clientError_throwsInvalidRequest(int code) {
        server.enqueue(Replies.json(code, "{\"error\":{\"message\":\"bad parameter\"}}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("bad parameter");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 409, 500, 502, 503})
    void chat_transientStatus_throwsTransient(int code) {
        server.enqueue(Replies.json(code, "{}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isExactlyInstanceOf(TransientLlmException.class);
    }

    @Test
    void chat_429WithRetryAfterSeconds_carriesWait() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").body("{}").build());

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void chat_429WithRetryAfterMs_prefersMilliseconds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after-ms", "250")
                .addHeader("Retry-After", "1").body("{}").build());

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofMillis(250)));
    }

    @Test
    void chat_429WithoutRetryAfter_hasNoWait() {
        server.enqueue(Replies.json(429, "{\"error\":{\"message\":\"slow down\"}}"));

        assertThatThrownBy(() -> model.chat(fullRequest())).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEmpty());
    }

    @Test
    void chatAsync_answer_parsed() throws Exception {
        server.enqueue(Replies.openAi("async"));

        assertThat(model.chatAsync(fullRequest()).get(5, TimeUnit.SECONDS).text()).isEqualTo("async");
    }

    @Test
    void build_environment_suppliesBaseUrlAndKey() throws Exception {
        server.enqueue(Replies.openAi("env"));
        Map<String, String> env = Map.of("OPENAI_BASE_URL", server.url("/custom/v1").toString(),
                "OPENAI_API_KEY", "sk-from-env");
        try (OpenAiChatModel fromEnv = OpenAiChatModel.builder().modelName("m").environment(env::get).build()) {
            fromEnv.chat(fullRequest());
        }

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/custom/v1/chat/completions");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer sk-from-env");
    }

    @Test
    void build_noKey_sendsNoAuthorizationAndExtraHeaders() throws Exception {
        server.enqueue(Replies.openAi("local"));
        try (OpenAiChatModel local = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).modelName("m")
                .environment(k -> null).header("X-Title", "UltraLink").maxCompletionTokens(true).build()) {
            local.chat(fullRequest());
        }

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getHeaders().get("Authorization")).isNull();
        assertThat(sent.getHeaders().get("X-Title")).isEqualTo("UltraLink");
        assertThat(Json.MAPPER.readTree(sent.getBody().utf8()).path("max_completion_tokens").asInt()).isEqualTo(64);
    }

    @Test
    void build_missingModel_failsNamingField() {
        assertThatThrownBy(() -> OpenAiChatModel.builder().build()).hasMessageContaining("modelName");
    }

    @Test
    void chat_requestLoggingOn_stillSendsRealKey() throws Exception {
        server.enqueue(Replies.openAi("logged"));
        try (OpenAiChatModel logged = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey(KEY)
                .modelName("m").logRequests(true).build()) {
            assertThat(logged.chat(fullRequest()).text()).isEqualTo("logged");
        }

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void toString_masksKey() {
        assertThat(model.toString()).doesNotContain(KEY).contains("****");
    }
}
