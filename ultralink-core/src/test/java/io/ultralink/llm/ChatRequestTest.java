package io.ultralink.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.model.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

    @Test
    void builder_allOptions_carriedIntoRecord() {
        ChatRequest r = ChatRequest.builder().addMessage(Message.system("s")).addMessage(Message.user("u"))
                .temperature(0.7).topP(0.9).maxTokens(256).seed(42).stop(List.of("\n\n"))
                .responseFormat(ResponseFormat.JSON_OBJECT).stage("question").promptVersion("zh-1").build();
        assertThat(r.messages()).hasSize(2);
        assertThat(r.temperature()).hasValue(0.7);
        assertThat(r.topP()).hasValue(0.9);
        assertThat(r.maxTokens()).hasValue(256);
        assertThat(r.seed()).hasValue(42);
        assertThat(r.stop()).containsExactly("\n\n");
        assertThat(r.responseFormat()).isEqualTo(ResponseFormat.JSON_OBJECT);
        assertThat(r.stage()).contains("question");
        assertThat(r.promptVersion()).contains("zh-1");
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @Test
    void build_outOfRangeValues_rejectedNamingField() {
        assertThatThrownBy(() -> ChatRequest.builder().build()).hasMessageContaining("messages");
        assertThatThrownBy(() -> ChatRequest.builder().addMessage(Message.user("u")).temperature(2.5).build())
                .hasMessageContaining("temperature").hasMessageContaining("2.5");
        assertThatThrownBy(() -> ChatRequest.builder().addMessage(Message.user("u")).topP(0).build())
                .hasMessageContaining("topP");
        assertThatThrownBy(() -> ChatRequest.builder().addMessage(Message.user("u")).maxTokens(0).build())
                .hasMessageContaining("maxTokens");
    }

    @Test
    void responseFormat_schemaOnlyForJsonSchema() {
        assertThat(ResponseFormat.jsonSchema("verdict", "{\"type\":\"object\"}").schema()).contains("{\"type\":\"object\"}");
        assertThatThrownBy(() -> new ResponseFormat(ResponseFormat.Kind.JSON_SCHEMA, null, null))
                .hasMessageContaining("schemaName");
        assertThatThrownBy(() -> new ResponseFormat(ResponseFormat.Kind.TEXT, "n", "{}")).hasMessageContaining("no schema");
    }

    @Test
    void tokenUsage_cachedAboveTotal_rejectedAndSumsAdd() {
        assertThatThrownBy(() -> new TokenUsage(10, 11, 0)).hasMessageContaining("cachedPromptTokens");
        TokenUsage sum = new TokenUsage(10, 4, 5).plus(new TokenUsage(1, 1, 2));
        assertThat(sum).isEqualTo(new TokenUsage(11, 5, 7));
        assertThat(sum.totalTokens()).isEqualTo(18);
    }

    @Test
    void finishReason_onlyStopIsComplete() {
        assertThat(FinishReason.STOP.isComplete()).isTrue();
        assertThat(FinishReason.LENGTH.isComplete()).isFalse();
        assertThat(FinishReason.CONTENT_FILTER.isComplete()).isFalse();
    }

    @Test
    void chatModel_defaultAsync_runsChat() throws Exception {
        ChatModel echo = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse(request.messages().get(0).content().toUpperCase(java.util.Locale.ROOT),
                        FinishReason.STOP, new TokenUsage(3, 0, 3), "echo");
            }

            @Override
            public String modelName() {
                return "echo";
            }
        };
        ChatResponse response = echo.chatAsync(ChatRequest.of(List.of(Message.user("hi")))).get();
        assertThat(response.text()).isEqualTo("HI");
    }

    @Test
    void chatModelConfig_toString_masksSecrets() {
        ChatModelConfig cfg = ChatModelConfig.of("model", "gpt-4o-mini", "api-key", "sk-secret-123",
                "api-key-env", "OPENAI_API_KEY");
        assertThat(cfg.toString()).doesNotContain("sk-secret-123").contains("gpt-4o-mini").contains("OPENAI_API_KEY");
        assertThat(cfg.require("model")).isEqualTo("gpt-4o-mini");
        assertThatThrownBy(() -> cfg.require("base-url")).hasMessageContaining("'base-url'");
        assertThatThrownBy(() -> ChatModelConfig.of("temperature", "hot").getDouble("temperature", 0))
                .hasMessageContaining("'temperature'").hasMessageContaining("hot");
    }
}
