package io.ultralink.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatModelsDiscoveryTest {

    /** A provider registered only through the temporary services file of a test. */
    public static final class AlphaProvider implements ChatModelProvider {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public ChatModel create(ChatModelConfig config) {
            return new FixedModel("alpha:" + config.get("model").orElse("default"));
        }
    }

    /** A second provider, to make the choice ambiguous. */
    public static final class BetaProvider implements ChatModelProvider {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public ChatModel create(ChatModelConfig config) {
            return new FixedModel("beta");
        }
    }

    private record FixedModel(String modelName) implements ChatModel {
        @Override
        public ChatResponse chat(ChatRequest request) {
            return new ChatResponse("ok", FinishReason.STOP, TokenUsage.ZERO, modelName);
        }
    }

    @TempDir
    Path dir;

    private ClassLoader loaderRegistering(Class<?>... providers) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        StringBuilder lines = new StringBuilder();
        for (Class<?> p : providers) {
            lines.append(p.getName()).append('\n');
        }
        Files.writeString(services.resolve(ChatModelProvider.class.getName()), lines, StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void providers_noneRegistered_chooseFailsNamingArtifact() throws Exception {
        List<ChatModelProvider> found = ChatModels.providers(loaderRegistering());
        assertThat(found).isEmpty();
        assertThatThrownBy(() -> ChatModels.choose(found, Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("io.ultralink:ultralink-llm");
    }

    @Test
    void providers_twoRegisteredAndNoChoice_failsListingBoth() throws Exception {
        List<ChatModelProvider> found = ChatModels.providers(loaderRegistering(AlphaProvider.class, BetaProvider.class));
        assertThat(found).extracting(ChatModelProvider::name).containsExactlyInAnyOrder("alpha", "beta");
        assertThatThrownBy(() -> ChatModels.choose(found, Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("alpha, beta")
                .hasMessageContaining("--backend");
    }

    @Test
    void choose_byName_createsThatBackend() throws Exception {
        List<ChatModelProvider> found = ChatModels.providers(loaderRegistering(AlphaProvider.class, BetaProvider.class));
        ChatModel model = ChatModels.choose(found, Optional.of("ALPHA")).create(ChatModelConfig.of("model", "m1"));
        assertThat(model.modelName()).isEqualTo("alpha:m1");
    }

    @Test
    void choose_unknownName_failsListingAvailable() throws Exception {
        List<ChatModelProvider> found = ChatModels.providers(loaderRegistering(AlphaProvider.class));
        assertThatThrownBy(() -> ChatModels.choose(found, Optional.of("gamma")))
                .hasMessageContaining("unknown backend 'gamma'").hasMessageContaining("available: alpha");
    }

    @Test
    void choose_singleProviderNoName_picksIt() throws Exception {
        List<ChatModelProvider> found = ChatModels.providers(loaderRegistering(BetaProvider.class));
        assertThat(ChatModels.choose(found, Optional.empty()).name()).isEqualTo("beta");
    }
}
