package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model is resolved before any stage runs, so a model that cannot be had fails at once. */
class ModelResolutionTest {

    @TempDir
    Path dir;

    @Test
    void run_offlineWithoutModel_failsBeforeAnyPreparationOutput() throws IOException {
        Path out = dir.resolve("dataset");
        Path cache = Files.createDirectories(dir.resolve("empty-cache"));
        CliHarness h = new CliHarness();
        long start = System.nanoTime();

        int code = h.run("run", QuickstartRunTest.QUICKSTART.toString(), "--output", out.toString(), "--offline",
                "--model-cache-dir", cache.toString());

        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("--offline").contains("--model-file").doesNotContain("prepare:");
        assertThat(out.resolve("segments.jsonl")).doesNotExist();
        assertThat(out.resolve("work")).doesNotExist();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).as("nothing downloaded").isEmpty();
        }
        assertThat(seconds).as("fails in seconds").isLessThan(20);
    }

    @Test
    void prepare_offlineWithoutModel_needsNoModelAndRuns() throws IOException {
        Path out = dir.resolve("dataset");
        Path config = dir.resolve("offline.yaml");
        Files.writeString(config, "offline: true\nlanguages: [en]\noutput: " + out + "\n"
                + "defaultModel: {cacheDir: " + dir.resolve("empty-cache") + "}\n"
                + "prepare:\n  dumps: [" + Path.of("../examples/quickstart/enwiki-quickstart.xml").toAbsolutePath() + "]\n"
                + "  documentTokens: {min: 120, max: 10000}\n  segmentTokens: {min: 120, max: 250}\n");
        CliHarness h = new CliHarness();

        int code = h.run("prepare", "-c", config.toString(), "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(out.resolve("segments.jsonl")).isRegularFile();
    }
}
