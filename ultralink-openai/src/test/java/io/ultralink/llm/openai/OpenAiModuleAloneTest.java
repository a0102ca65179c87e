package io.ultralink.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModelProvider;
import io.ultralink.llm.ChatModels;
import org.junit.jupiter.api.Test;

/** What a user depending on ultralink-openai alone gets: its two providers, and no natives or SQLite. */
class OpenAiModuleAloneTest {

    @Test
    void serviceLoader_findsOpenAiAndAzureOnly() {
        assertThat(ChatModels.providers()).extracting(ChatModelProvider::name)
                .containsExactlyInAnyOrder("openai", "azure-openai");
    }

    @Test
    void create_byName_buildsTheOpenAiBackend() {
        try (ChatModel model = ChatModels.create("openai",
                ChatModelConfig.of("model", "gpt-4o-mini", "api-key", "k", "base-url", "http://127.0.0.1:9/v1"))) {
            assertThat(model).isInstanceOf(OpenAiChatModel.class);
            assertThat(model.modelName()).isEqualTo("gpt-4o-mini");
        }
    }

    @Test
    void classPath_hasNoLlamaCppNorSqlite() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> Class.forName("de.kherud.llama.LlamaModel", false, loader))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.sqlite.JDBC", false, loader))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
