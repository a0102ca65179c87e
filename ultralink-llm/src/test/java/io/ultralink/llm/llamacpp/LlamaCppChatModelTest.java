package io.ultralink.llm.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.llamacpp.internal.GgufMetadata;
import io.ultralink.llm.llamacpp.internal.NativeSetup;
import io.ultralink.llm.llamacpp.internal.PromptTemplate;
import io.ultralink.model.Message;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny model writes nonsense by design: these tests check mechanics, not quality. */
class LlamaCppChatModelTest {

    private static LlamaCppChatModel model;

    @BeforeAll
    static void load() {
        model = LlamaCppChatModel.builder(TinyModel.pathOrSkip()).threads(1).build();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    private static ChatRequest story(int maxTokens, long seed) {
        return ChatRequest.builder().addMessage(Message.user("Once upon a time, there was a little girl"))
                .maxTokens(maxTokens).temperature(0.8).seed(seed).build();
    }

    @Test
    void chat_tinyModel_generatesTextWithUsageAndFinishReason() {
        ChatResponse response = model.chat(story(24, 1));

        System.out.println("llama.cpp tiny model: finish=" + response.finishReason() + " usage=" + response.usage()
                + " text=" + response.text().replace('\n', ' '));
        assertThat(response.text()).isNotBlank();
        assertThat(response.usage().promptTokens()).isGreaterThan(5);
        assertThat(response.usage().completionTokens()).isBetween(1L, 24L);
        assertThat(response.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(response.modelName()).isEqualTo("stories260K");
    }

    @Test
    void chat_maxTokens_respectedAndReportedAsLength() {
        ChatResponse response = model.chat(story(5, 3));

        assertThat(response.usage().completionTokens()).isLessThanOrEqualTo(5);
        if (response.usage().completionTokens() == 5) {
            assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        }
    }

    @Test
    void chat_sameSeed_sameText() {
        assertThat(model.chat(story(20, 42)).text()).isEqualTo(model.chat(story(20, 42)).text());
    }

    @Test
    void chat_promptBeyondContext_throwsInvalidRequest() {
        ChatRequest huge = ChatRequest.builder().addMessage(Message.user("the cat sat. ".repeat(1500))).maxTokens(8)
                .build();

        assertThatThrownBy(() -> model.chat(huge)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("exceeds the context");
    }

    @Test
    void build_tinyModel_readsContextAndTemplateFromMetadata() throws Exception {
        GgufMetadata meta = GgufMetadata.read(TinyModel.pathOrSkip());

        assertThat(meta.string("general.architecture")).contains("llama");
        assertThat(model.contextSize()).isEqualTo(meta.integer("llama.context_length").orElse(2048L).intValue());
        assertThat(model.usesChatTemplate()).isEqualTo(meta.string("tokenizer.chat_template").isPresent());
    }

    @Test
    void nativeSetup_propertyAlreadySet_isKept() {
        assertThat(System.getProperty(NativeSetup.TMPDIR_PROPERTY)).isNotBlank();
        assertThat(NativeSetup.prepare(Paths.get("/elsewhere")).toString())
                .isEqualTo(System.getProperty(NativeSetup.TMPDIR_PROPERTY));
    }

    @Test
    void build_missingFile_failsNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> LlamaCppChatModel.builder(dir.resolve("none.gguf")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("none.gguf");
    }

    @Test
    void simpleTemplate_messages_labelledAndOpenForAnswer() {
        assertThat(PromptTemplate.simple(List.of(Message.system("Be kind."), Message.user("Hi"))))
                .isEqualTo("System: Be kind.\n\nUser: Hi\n\nAssistant:");
    }
}
