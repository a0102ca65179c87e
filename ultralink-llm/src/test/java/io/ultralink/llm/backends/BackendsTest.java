package io.ultralink.llm.backends;

import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.ChatModels;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatModelProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.llm.llamacpp.LlamaCppChatModel;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BackendsTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void providers_serviceLoader_findsAllFourByName() {
        assertThat(ChatModels.providers()).extracting(ChatModelProvider::name)
                .containsExactlyInAnyOrder("openai", "azure-openai", "anthropic", "llamacpp");
    }

    @Test
    void choose_explicitBackend_wins() {
        assertThat(Backends.choose(ChatModelConfig.of("backend", "anthropic", "model-file", "x.gguf"),
                Map.of("OPENAI_API_KEY", "k")::get)).isEqualTo("anthropic");
    }

    @Test
    void choose_modelAndBaseUrl_openai() {
        assertThat(Backends.choose(ChatModelConfig.of("model", "m", "base-url", "http://localhost:8080/v1",
                "model-file", "x.gguf"), NO_ENV::get)).isEqualTo("openai");
    }

    @Test
    void choose_modelAndOneApiKeyInEnvironment_thatApi() {
        assertThat(Backends.choose(ChatModelConfig.of("model", "claude"), Map.of("ANTHROPIC_API_KEY", "k")::get))
                .isEqualTo("anthropic");
    }

    @Test
    void choose_severalApiKeysInEnvironment_failsListingThem() {
        assertThatThrownBy(() -> Backends.choose(ChatModelConfig.of("model", "m"),
                Map.of("OPENAI_API_KEY", "a", "ANTHROPIC_API_KEY", "b")::get))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("openai, anthropic")
                .hasMessageContaining("backend");
    }

    @Test
    void choose_keyButNoModelAndModelFile_embedded() {
        assertThat(Backends.choose(ChatModelConfig.of("model-file", "m.gguf"), Map.of("OPENAI_API_KEY", "k")::get))
                .isEqualTo("llamacpp");
    }

    @Test
    void choose_nothing_failsSayingWhatToSet() {
        assertThatThrownBy(() -> Backends.choose(ChatModelConfig.of(), NO_ENV::get))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("model-file")
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void create_openaiFromSettings_callsServer() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(Replies.openAi("hello"));
            ChatModelConfig config = ChatModelConfig.of("model", "m", "base-url", server.url("/v1").toString(),
                    "api-key", "sk-config", "timeout-seconds", "5");
            try (ChatModel model = Backends.resolve(config)) {
                assertThat(model).isInstanceOf(OpenAiChatModel.class);
                assertThat(model.chat(ChatRequest.of(List.of(Message.user("hi")))).text()).isEqualTo("hello");
            }
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer sk-config");
        }
    }

    @Test
    void create_missingModel_failsNamingKey() {
        assertThatThrownBy(() -> Backends.create("anthropic", ChatModelConfig.of("api-key", "k")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'model'");
    }

    @Test
    void create_apiKeyEnvUnset_failsNamingVariable() {
        assertThatThrownBy(() -> Backends.create("openai", ChatModelConfig.of("model", "m",
                "api-key-env", "ULTRALINK_TEST_SURELY_UNSET_KEY")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("ULTRALINK_TEST_SURELY_UNSET_KEY");
    }

    @Test
    void create_llamacppWithModelFile_embeddedModel() {
        Path file = Paths.get(System.getProperty("ultralink.shared.dir", "../shared"), "data", "models",
                "stories260K.gguf");
        Assumptions.assumeTrue(Files.isRegularFile(file), "tiny model absent");

        try (ChatModel model = Backends.resolve(ChatModelConfig.of("model-file", file.toString(), "threads", "1"))) {
            assertThat(model).isInstanceOf(LlamaCppChatModel.class);
            assertThat(model.modelName()).isEqualTo("stories260K");
        }
    }
}
