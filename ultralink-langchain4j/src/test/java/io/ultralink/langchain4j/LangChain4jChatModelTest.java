package io.ultralink.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import io.ultralink.error.AuthenticationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.format.internal.Json;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.contract.Replies;
import io.ultralink.model.Message;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the adapter sends through LangChain4j's OpenAI provider and what it makes of the answers. */
class LangChain4jChatModelTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LangChain4jChatModel model() {
        return LangChain4jChatModel.builder().model(LangChain4jChatModelContractTest.openAi(server))
                .seedSupport((p, seed) -> OpenAiChatRequestParameters.builder().overrideWith(p).seed((int) seed).build())
                .build();
    }

    @Test
    void chat_everyParameter_reachesTheWire() throws Exception {
        server.enqueue(Replies.json(200, Replies.openAiBody("{\"ok\":true}", "stop", 120, 0, 7)));
        ChatRequest request = ChatRequest.builder().addMessage(Message.system("Be brief."))
                .addMessage(Message.user("Hi")).addMessage(Message.assistant("Hello.")).addMessage(Message.user("JSON?"))
                .temperature(0.3).topP(0.9).maxTokens(64).seed(11).stop(List.of("END")).responseFormat(ResponseFormat.JSON_OBJECT)
                .build();

        ChatResponse response = model().chat(request);

        JsonNode body = sent();
        assertThat(body.get("model").stringValue()).isEqualTo("gpt-test");
        assertThat(body.get("messages")).extracting(m -> m.get("role").stringValue())
                .containsExactly("system", "user", "assistant", "user");
        assertThat(body.get("messages").get(2).get("content").stringValue()).isEqualTo("Hello.");
        assertThat(body.get("temperature").doubleValue()).isEqualTo(0.3);
        assertThat(body.get("top_p").doubleValue()).isEqualTo(0.9);
        assertThat(body.has("max_tokens") ? body.get("max_tokens").intValue()
                : body.get("max_completion_tokens").intValue()).isEqualTo(64);
        assertThat(body.get("seed").intValue()).isEqualTo(11);
        assertThat(body.get("stop").get(0).stringValue()).isEqualTo("END");
        assertThat(body.get("response_format").get("type").stringValue()).isEqualTo("json_object");
        assertThat(response.text()).isEqualTo("{\"ok\":true}");
        assertThat(response.usage().promptTokens()).isEqualTo(120);
        assertThat(response.usage().completionTokens()).isEqualTo(7);
        assertThat(response.modelName()).isEqualTo("test-model-0125");
    }

    @Test
    void chat_noSeedSupport_sendsNoSeed() throws Exception {
        server.enqueue(Replies.openAi("ok"));

        LangChain4jChatModel.of(LangChain4jChatModelContractTest.openAi(server))
                .chat(ChatRequest.builder().addMessage(Message.user("Hi")).seed(5).build());

        assertThat(sent().has("seed")).isFalse();
    }

    @Test
    void chat_truncatedAnswer_finishReasonLength() {
        server.enqueue(Replies.json(200, Replies.openAiBody("Once upon a", "length", 10, 0, 3)));

        ChatResponse response = model().chat(ChatRequest.of(List.of(Message.user("Tell a story"))));

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.text()).isEqualTo("Once upon a");
    }

    @Test
    void chat_httpFailures_becomeTheSdkExceptions() {
        String error = "{\"error\":{\"message\":\"nope\",\"type\":\"x\"}}";
        ChatRequest request = ChatRequest.of(List.of(Message.user("Hi")));
        LangChain4jChatModel model = model();

        server.enqueue(Replies.json(429, error));
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(RateLimitedException.class);
        server.enqueue(Replies.json(401, error));
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(AuthenticationException.class)
                .message().doesNotContain(LangChain4jChatModelContractTest.KEY);
        server.enqueue(Replies.json(503, error));
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(TransientLlmException.class)
                .isNotInstanceOf(RateLimitedException.class);
        server.enqueue(Replies.json(400, error));
        assertThatThrownBy(() -> model.chat(request)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void modelName_fromTheWrappedModel_orAsGiven() {
        assertThat(LangChain4jChatModel.of(LangChain4jChatModelContractTest.openAi(server)).modelName())
                .isEqualTo("gpt-test");
        assertThat(LangChain4jChatModel.builder().model(LangChain4jChatModelContractTest.openAi(server))
                .modelName("mine").build().modelName()).isEqualTo("mine");
        assertThatThrownBy(() -> LangChain4jChatModel.builder().build()).hasMessageContaining("model");
    }

    private JsonNode sent() throws InterruptedException {
        RecordedRequest recorded = server.takeRequest();
        return Json.MAPPER.readTree(recorded.getBody().utf8());
    }
}
