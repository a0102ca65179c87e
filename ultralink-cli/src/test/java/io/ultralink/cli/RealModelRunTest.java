package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ultralink run} with the embedded llama.cpp backend and the real 260K-parameter test model
 * (skipped when ../shared is absent). The model's text is nonsense by design, so this checks that
 * every stage runs, calls the model, counts what it rejects and still writes the card.
 */
class RealModelRunTest {

    @TempDir
    Path out;

    @Test
    void run_withStories260K_completesAndWritesCard() throws IOException {
        Path shared = Path.of(System.getProperty("ultralink.shared.dir", "../shared"));
        Path gguf = shared.resolve("data/models/stories260K.gguf").toAbsolutePath();
        Assumptions.assumeTrue(Files.isReadable(gguf), "stories260K.gguf absent");
        Path examples = Path.of("../examples/quickstart").toAbsolutePath().normalize();
        Path config = out.resolve("small.yaml");
        Files.writeString(config, "languages: [en, fr]\n"
                + "output: " + out.resolve("dataset") + "\n"
                + "backend: {contextSize: 2048}\n"
                + "prepare:\n  dumps: [" + examples.resolve("enwiki-quickstart.xml") + ", "
                + examples.resolve("frwiki-quickstart.xml") + "]\n"
                + "  documentTokens: {min: 120, max: 10000}\n  segmentTokens: {min: 120, max: 250}\n"
                + "generate: {segmentsPerLanguage: 1, maxTurns: 2, maxTokens: 48}\n"
                + "sources: {metamath: " + examples.resolve("metamath.jsonl") + "}\n"
                + "prune: {math: 1}\ntranslate: {maxAttempts: 1}\n");
        CliHarness h = new CliHarness(Map.of(), null);

        int code = h.run("run", config.toString(), "--model-file", gguf.toString(), "--quiet", "--offline");

        assertThat(code).as(h.err()).isZero();
        Path dataset = out.resolve("dataset");
        assertThat(Files.readString(dataset.resolve("run-manifest.json"))).contains("\"status\" : \"completed\"")
                .contains("stories260K");
        assertThat(dataset.resolve("README.md")).exists();
        assertThat(dataset.resolve("en_math.jsonl")).exists();
        assertThat(h.out()).containsPattern("dialogue\\.question\\s+en\\s").containsPattern("translate\\s+fr\\s");
    }
}
