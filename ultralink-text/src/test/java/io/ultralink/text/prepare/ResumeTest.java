package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.text.segment.SegmenterSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Interrupted runs resumed give the uninterrupted run's output byte for byte, and the same counts. */
class ResumeTest {

    private static final int PAGES = 60;

    @TempDir
    Path dir;

    private static KnowledgePreparation.Builder pipeline() {
        return KnowledgePreparation.builder().threads(2).checkpointEvery(4).languageDetector(ResumeFixtures.english());
    }

    private Path reference(Path dump, PreparationReport[] report) {
        Path out = dir.resolve("reference/segments.jsonl");
        report[0] = pipeline().build().run(List.of(dump), out);
        return out;
    }

    private static void assertSameCounts(PreparationReport a, PreparationReport b) {
        assertThat(a).usingRecursiveComparison().ignoringFields("elapsedMillis", "output").isEqualTo(b);
    }

    private static JsonNode checkpoint(Path out) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(KnowledgePreparation.checkpointFile(out)));
    }

    @Test
    void run_crashedMidDump_resumesToTheUninterruptedOutput() throws IOException {
        Path dump = ResumeFixtures.dump(dir, "enwiki-resume.xml", PAGES);
        PreparationReport[] expected = new PreparationReport[1];
        Path reference = reference(dump, expected);
        Path out = dir.resolve("run/segments.jsonl");

        assertThatThrownBy(() -> KnowledgePreparation.builder().threads(2).checkpointEvery(4)
                .languageDetector(ResumeFixtures.crashingAfter(29)).build().run(List.of(dump), out))
                .hasRootCauseInstanceOf(ResumeFixtures.SimulatedCrash.class);
        long done = checkpoint(out).get("inputs").get(0).get("pagesDone").asLong();
        assertThat(done).isPositive().isLessThan(PAGES);
        assertThat(Files.size(out)).isPositive().isLessThan(Files.size(reference));

        PreparationReport resumed = pipeline().build().run(List.of(dump), out);

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(reference));
        assertSameCounts(resumed, expected[0]);
        assertThat(expected[0].pagesRead()).isEqualTo(PAGES);
    }

    @Test
    void run_childKilledWithTornLastLine_resumesToTheUninterruptedOutput() throws Exception {
        Path dump = ResumeFixtures.dump(dir, "enwiki-kill.xml", PAGES);
        PreparationReport[] expected = new PreparationReport[1];
        Path reference = reference(dump, expected);
        Path out = dir.resolve("killed/segments.jsonl");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ResumeChild.class.getName(), dump.toString(),
                out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pagesDone(out) < 12 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(pagesDone(out)).as(Files.readString(dir.resolve("child.log"))).isBetween(12L, PAGES - 1L);
        Files.writeString(out, "{\"id\":\"torn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        PreparationReport resumed = pipeline().build().run(List.of(dump), out);

        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(reference));
        assertSameCounts(resumed, expected[0]);
    }

    private static long pagesDone(Path out) {
        try {
            return checkpoint(out).get("inputs").get(0).get("pagesDone").asLong();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Test
    void run_finishedRunAgain_changesNothing_andFreshStartsOver() throws IOException {
        Path dump = ResumeFixtures.dump(dir, "enwiki-again.xml", 12);
        Path out = dir.resolve("again.jsonl");
        PreparationReport first = pipeline().build().run(List.of(dump), out);
        byte[] bytes = Files.readAllBytes(out);

        assertSameCounts(pipeline().build().run(List.of(dump), out), first);
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
        assertSameCounts(pipeline().fresh(true).build().run(List.of(dump), out), first);
        assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
    }

    @Test
    void run_outputWithoutCheckpointOrOtherSettings_isRefusedUnlessFresh() throws IOException {
        Path dump = ResumeFixtures.dump(dir, "enwiki-refuse.xml", 12);
        Path out = dir.resolve("refuse.jsonl");
        Files.writeString(out, "{\"old\":1}\n");
        assertThatThrownBy(() -> pipeline().build().run(List.of(dump), out))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no checkpoint");
        PreparationReport report = pipeline().fresh(true).build().run(List.of(dump), out);
        assertThat(Files.readString(out)).doesNotContain("\"old\"");

        assertThatThrownBy(() -> pipeline().segmenterSettings(new SegmenterSettings(1_000, 12_000, 1_000, 2_000))
                .build().run(List.of(dump), out)).isInstanceOf(io.ultralink.run.ChangedWorkException.class)
                .hasMessageContaining("other settings").hasMessageContaining("segmenter.maxDocumentTokens: 10000 -> 12000");
        Path other = ResumeFixtures.dump(dir, "enwiki-other.xml", 13);
        assertThatThrownBy(() -> pipeline().build().run(List.of(other), out))
                .isInstanceOf(io.ultralink.run.ChangedWorkException.class).hasMessageContaining("inputs: [enwiki-refuse.xml");
        assertThat(report.pagesRead()).isEqualTo(12);
    }
}
