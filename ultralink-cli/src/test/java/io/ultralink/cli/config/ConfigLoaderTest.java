package io.ultralink.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void load_unknownNestedKey_failsNamingKeyAndFile() throws IOException {
        Path f = write("languages: [en]\nprepare:\n  dumps: [a.xml]\n  segmentTokenz: {min: 1}\n");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("unknown key 'prepare.segmentTokenz'")
                .hasMessageContaining("segmentTokens");
    }

    @Test
    void load_wrongType_failsNamingKeyAndLine() throws IOException {
        Path f = write("seed: 1\ngenerate:\n  maxTurns: many\n");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("'generate.maxTurns'");
    }

    @Test
    void load_notYaml_failsNamingFile() throws IOException {
        Path f = write("languages: [en\n");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(f.toString());
    }

    @Test
    void load_missingFile_namesIt() {
        Path f = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of())).hasMessageContaining(f + " does not exist");
    }

    @Test
    void load_overrides_winAndPathsResolveAgainstFileFolder() throws IOException {
        Path f = write("languages: [en, zh]\nseed: 5\noutput: out\nprepare:\n  dumps: [wiki/en.xml]\n"
                + "  segmentTokens: {min: 150, max: 400}\n");

        ResolvedConfig c = ConfigLoader.load(f, Map.of("seed", 9L, "prepare.segmentTokens.max", 300,
                "languages", List.of("fr")));

        assertThat(c.seed()).isEqualTo(9);
        assertThat(c.languages()).containsExactly(LanguageCode.FR);
        assertThat(c.raw().prepare().segmentTokens().min()).isEqualTo(150);
        assertThat(c.raw().prepare().segmentTokens().max()).isEqualTo(300);
        assertThat(c.output()).isEqualTo(dir.resolve("out"));
        assertThat(c.dumps()).containsExactly(dir.resolve("wiki/en.xml"));
        assertThat(c.segmentsFile()).isEqualTo(dir.resolve("out/segments.jsonl"));
    }

    @Test
    void load_noFile_appliesDefaults() {
        ResolvedConfig c = ConfigLoader.load(null, Map.of());

        assertThat(c.seed()).isEqualTo(ResolvedConfig.DEFAULT_SEED);
        assertThat(c.languages()).extracting(LanguageCode::code).containsExactly("en", "zh", "ru", "fr", "es");
        assertThat(c.dryRun()).isFalse();
        assertThat(c.logFormat()).isEqualTo("text");
        assertThat(c.mixFormat()).isEqualTo("ultralink");
    }

    @Test
    void load_allSettingsExample_parsesEveryKey() {
        ResolvedConfig c = ConfigLoader.load(Path.of("../examples/all-settings.yaml"), Map.of());

        assertThat(c.raw().prepare().segmentTokens().max()).isEqualTo(2000);
        assertThat(c.raw().prune().math()).isEqualTo(32000);
        assertThat(c.prices()).containsKey("gpt-4o-mini");
        assertThat(c.logFormat()).isEqualTo("text");
    }

    @Test
    void load_quickstartExample_parses() {
        Path quickstart = Path.of("../examples/quickstart.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(quickstart));

        ResolvedConfig c = ConfigLoader.load(quickstart, Map.of());

        assertThat(c.dumps()).isNotEmpty().allMatch(Files::isRegularFile);
    }

    @Test
    void load_keyLikeOptionInFlowMapping_failsNamingKeyLineAndVariable_withoutTheValue() throws IOException {
        Path f = write("seed: 1\nbackend: {provider: anthropic, model: m, options: {api-key: sk-ant-123456}}\n");

        assertThatThrownBy(() -> ConfigLoader.load(f, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(f + ":2").hasMessageContaining("'backend.options.api-key'")
                .hasMessageContaining("ANTHROPIC_API_KEY").hasMessageNotContaining("sk-ant-123456");
    }

    @Test
    void load_secretNames_areRecognisedButOrdinaryKeysAreNot() {
        for (String name : List.of("api-key", "apiKey", "API_KEY", "key", "token", "secret", "password",
                "authorization", "x-api-key", "openaiApiKey", "access_token", "clientSecret")) {
            assertThat(SecretKeys.isSecretName(name)).as(name).isTrue();
        }
        for (String name : List.of("apiKeyEnv", "maxTokens", "segmentTokens", "deployment", "api-version", "tokenizer",
                "keywords")) {
            assertThat(SecretKeys.isSecretName(name)).as(name).isFalse();
        }
    }

    @Test
    void load_yamlAliasOrAnchor_failsNamingFileAndLine() throws IOException {
        Path alias = write("seed: 1\nprepare: &p\n  segmentTokens: {min: 1}\ngenerate: *p\n");

        assertThatThrownBy(() -> ConfigLoader.load(alias, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(alias + ":2").hasMessageContaining("anchor &p").hasMessageContaining("not allowed");
    }
}
