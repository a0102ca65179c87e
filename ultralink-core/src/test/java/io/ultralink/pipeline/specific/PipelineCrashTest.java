package io.ultralink.pipeline.specific;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.internal.Json;
import io.ultralink.testing.LoopbackModel;
import io.ultralink.testing.LoopbackServer;
import io.ultralink.testing.TestSegments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the pipeline in a child JVM against a slow loopback server, kills it with SIGKILL
 * ({@code destroyForcibly}) at several seeded-random moments, resumes each time, and compares the
 * result with an uninterrupted run.
 */
class PipelineCrashTest {

    static final int SEGMENTS = 40;
    static final String[] FILES = {"en_chat_specific.jsonl", "en_chat_specific.openai.jsonl",
        "en_chat_specific.provenance.jsonl"};

    @TempDir
    Path dir;

    @Test
    void killedAndResumed_outputEqualsUninterruptedRun() throws Exception {
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), TestSegments.english(SEGMENTS));
        try (LoopbackServer server = new LoopbackServer(10)) {
            check(input, server);
        }
    }

    private void check(Path input, LoopbackServer server) throws Exception {
        Path reference = dir.resolve("reference");
        CrashChild.pipeline(reference, new LoopbackModel(server.port())).run(input);

        Path out = dir.resolve("crashed");
        Random random = new Random(7);
        int kills = 0;
        for (int round = 0; round < 3; round++) {
            long before = doneLines(out);
            Process child = start(input, out, server.port(), round);
            long target = before + 3 + random.nextInt(6);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && doneLines(out) < target && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(40));
            if (child.isAlive()) {
                child.destroyForcibly();
                kills++;
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(kills).as("children killed mid-run").isEqualTo(3);
        assertThat(doneLines(out)).isLessThan(SEGMENTS);

        RunSummary last = CrashChild.pipeline(out, new LoopbackModel(server.port())).run(input);
        assertThat(last.alreadyDone() + last.dialogues() + last.noDialogue()).isEqualTo(SEGMENTS);

        for (String name : FILES) {
            Map<String, String> expected = linesById(reference.resolve(name));
            Map<String, String> actual = linesById(out.resolve(name));
            assertThat(actual).as(name).isEqualTo(expected);
        }
        assertThat(linesById(out.resolve(FILES[0]))).hasSize(SEGMENTS);
        assertThat(io.ultralink.testing.Journals.unitIds(out.resolve("chat_specific.done.jsonl")))
                .doesNotHaveDuplicates().hasSize(SEGMENTS);
    }

    private Process start(Path input, Path out, int port, int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), input.toString(), out.toString(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + round + ".log").toFile()).start();
    }

    private static long doneLines(Path out) throws IOException {
        Path done = out.resolve("chat_specific.done.jsonl");
        if (!Files.exists(done)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(done);
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    /** Every line whole and valid JSON, ids unique; id → line. */
    private static Map<String, String> linesById(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " ends with a whole line").endsWith("\n");
        Map<String, String> byId = new HashMap<>();
        try (JsonlReader<JsonLine> in = JsonlReader.open(file, BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> {
                String id = l.node().get("id").stringValue();
                assertThat(byId.put(id, Json.MAPPER.writeValueAsString(l.node()))).as("duplicate " + id).isNull();
            });
        }
        return byId;
    }
}
