package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ultralink run} in a child JVM against a loopback model server, killed with SIGKILL at 20
 * seeded moments (half while the server holds the n-th call of the run, half n calls plus a seeded
 * delay into it) and run once more to the end: every JSONL file equals an uninterrupted run's as a set
 * of lines, no record id repeats, and no call the killed runs had finished is made again: the server
 * records each answer, and a body answered twice must be the one a run was given last before it was
 * killed at an arbitrary moment (or after the kill, to a dead client).
 */
class KilledRunTest {

    private static final long SEED = 20_261_207L;
    private static final int KILLS = 20;
    /** The server pauses before each answer, so kills find calls in flight. */
    private static final long PAUSE_MILLIS = 40;

    @TempDir
    Path dir;

    @Test
    void run_killedAt20SeededMoments_endsWithTheUninterruptedFilesAndNoRepeatedCall() throws Exception {
        try (ModelServer server = new ModelServer(PAUSE_MILLIS, "m1")) {
            Path reference = dir.resolve("reference");
            long start = System.nanoTime();
            assertThat(runToEnd(server, reference, "reference")).isZero();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long referenceCalls = server.requests();
            assertThat(referenceCalls).isGreaterThan(20);
            server.reset();

            Path out = dir.resolve("out");
            Random random = new Random(SEED);
            List<long[]> timedKills = new ArrayList<>();
            int killed = 0;
            for (int round = 0; round < KILLS; round++) {
                long before = server.requests();
                int calls = 1 + random.nextInt(3);
                boolean held = round % 2 == 0;
                CountDownLatch holding = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                if (held) {
                    server.gate(digest -> {
                        if (server.requests() >= before + calls) {
                            holding.countDown();
                            release.await();
                            return 503;
                        }
                        return 200;
                    });
                }
                long delay = random.nextInt(120);
                startOfNext(timedKills);
                Process child = start(server, out, "round-" + round);
                if (held) {
                    while (child.isAlive() && !holding.await(5, TimeUnit.MILLISECONDS)) {
                        Thread.onSpinWait();
                    }
                } else {
                    while (child.isAlive() && server.requests() < before + calls) {
                        Thread.sleep(1);
                    }
                    Thread.sleep(delay);
                }
                if (child.isAlive()) {
                    child.destroyForcibly();
                    killed++;
                    if (!held) {
                        timedKills.add(new long[] {System.nanoTime(), Long.MAX_VALUE});
                    }
                }
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                release.countDown();
                server.gate(digest -> 200);
            }
            startOfNext(timedKills);
            assertThat(runToEnd(server, out, "last")).as(log("last")).isZero();

            assertThat(killed).as("children killed while running").isGreaterThanOrEqualTo(KILLS * 3 / 4);
            assertThat(lines(out)).isEqualTo(lines(reference));
            assertNoRepeatedIds(out);
            Set<ModelServer.Answer> unfinished = unfinishedAtKills(server.answers(), timedKills);
            long repeated = 0;
            for (Map.Entry<String, List<Long>> e : server.answeredAt().entrySet()) {
                List<Long> times = e.getValue();
                for (int i = 0; i < times.size() - 1; i++) {
                    repeated++;
                    assertThat(unfinished).as("an answer paid for again was not the one in flight at a kill")
                            .contains(new ModelServer.Answer(times.get(i), e.getKey()));
                }
            }
            System.out.printf("killed %d of %d runs; reference %d calls in %d ms; %d calls after the kills, %d of them"
                    + " answered before%n", killed, KILLS, referenceCalls, millis, server.requests(), repeated);
            assertThat(server.answeredAt()).as("every call of the reference run was answered")
                    .hasSize((int) referenceCalls);
        }
    }

    /**
     * The model calls one at a time (concurrency 1), caching each answer before it sends the next
     * request. So a run killed while the server holds a request had cached every earlier answer, and
     * a run killed at an arbitrary moment can have lost at most the last answer it was given, or one
     * given after the kill to a dead client.
     */
    private static Set<ModelServer.Answer> unfinishedAtKills(List<ModelServer.Answer> answers, List<long[]> kills) {
        Set<ModelServer.Answer> out = new HashSet<>();
        for (long[] kill : kills) {
            ModelServer.Answer last = null;
            for (ModelServer.Answer a : answers) {
                if (a.nanos() <= kill[0]) {
                    last = a;
                } else if (a.nanos() < kill[1]) {
                    out.add(a);
                }
            }
            if (last != null) {
                out.add(last);
            }
        }
        return out;
    }

    /** Notes when the run after the last timed kill started: answers before that went to the dead client. */
    private static void startOfNext(List<long[]> timedKills) {
        if (!timedKills.isEmpty() && timedKills.get(timedKills.size() - 1)[1] == Long.MAX_VALUE) {
            timedKills.get(timedKills.size() - 1)[1] = System.nanoTime();
        }
    }

    private int runToEnd(ModelServer server, Path out, String name) throws Exception {
        Process child = start(server, out, name);
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as(name).isTrue();
        return child.exitValue();
    }

    private Process start(ModelServer server, Path out, String name) throws IOException {
        return ChildCli.start(dir.resolve(name + ".log"), Map.of("OPENAI_BASE_URL", server.baseUrl()), "run",
                QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(), "--output", out.toString(), "--model", "m1",
                "--quiet");
    }

    private String log(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Every JSONL file below {@code folder}, by relative path, as a set of lines. */
    private static Map<String, Set<String>> lines(Path folder) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                out.put(folder.relativize(f).toString(), new HashSet<>(Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static void assertNoRepeatedIds(Path folder) throws IOException {
        List<Path> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.getFileName().toString().matches("[a-z]{2}_(chat_specific|chat_agnostic|math|code)"
                    + "(\\.openai|\\.provenance)?\\.jsonl")).forEach(records::add);
        }
        assertThat(records).isNotEmpty();
        for (Path f : records) {
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                JsonNode id = Json.MAPPER.readTree(line).get("id");
                ids.add(id == null ? null : id.stringValue());
            }
            assertThat(ids).as(f.toString()).doesNotContainNull().doesNotHaveDuplicates();
        }
    }
}
