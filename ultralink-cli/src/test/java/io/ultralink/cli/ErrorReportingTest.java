package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportingTest {

    @TempDir
    Path dir;

    @Test
    void malformedConfig_oneLineNamingKey_exit2_noStackTrace() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "languages: [en]\nbackend:\n  modle: x\n");
        CliHarness h = new CliHarness();

        int code = h.run("run", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(h.err().strip().lines()).hasSize(1);
        assertThat(h.err()).contains("unknown key 'backend.modle'").contains(config.toString()).doesNotContain("\tat ");
    }

    @Test
    void verbose_printsStackTrace() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "seed: [1]\n");
        CliHarness h = new CliHarness();

        int code = h.run("run", config.toString(), "--verbose");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("'seed'").contains("\tat ");
    }

    @Test
    void unknownLanguage_namesKey() {
        CliHarness h = new CliHarness();

        int code = h.run("stats", "-o", dir.toString(), "--languages", "en,xq");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("languages").contains("'xq'");
    }

    @Test
    void unknownBackend_namesKey() {
        CliHarness h = new CliHarness();

        int code = h.run("generate", "-o", dir.toString(), "--backend", "gpt5");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("backend.provider").contains("'gpt5'");
    }

    @Test
    void missingModelFile_namesPathAndKey() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "sources: {sharegpt: " + Path.of("../examples/quickstart/sharegpt.json").toAbsolutePath()
                + "}\n");
        Path missing = dir.resolve("no-such-model.gguf");
        CliHarness h = new CliHarness();

        int code = h.run("filter", "-c", config.toString(), "-o", dir.resolve("ds").toString(), "--model-file",
                missing.toString(), "-q");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains(missing.toString()).contains("backend.modelFile").doesNotContain("\tat ");
    }

    @Test
    void missingConfigFile_namesPath() {
        CliHarness h = new CliHarness();
        Path missing = dir.resolve("missing.yaml");

        int code = h.run("run", missing.toString());

        assertThat(code).isNotZero();
        assertThat(h.err()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void missingDatasetFolder_namesPath() {
        CliHarness h = new CliHarness();
        Path missing = dir.resolve("nothing-here");

        int code = h.run("stats", "-o", missing.toString(), "-q");

        assertThat(code).isNotZero();
        assertThat(h.err()).contains(missing.toString());
    }

    @Test
    void unknownOption_oneLineAndHint_exit2() {
        CliHarness h = new CliHarness();

        int code = h.run("stats", "--frobnicate");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("--frobnicate").contains("ultralink stats --help");
    }
}
