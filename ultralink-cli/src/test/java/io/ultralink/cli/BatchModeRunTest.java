package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.internal.Json;
import io.ultralink.llm.openai.batch.FakeOpenAiBatchServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ultralink generate --mode batch} in a child JVM against the loopback fake of the OpenAI Batch
 * API, answered by the same script as the online server: the records equal the online run's; a run
 * killed (SIGKILL) while the fake holds its first batch in progress is resumed by the same command,
 * which polls that batch and submits none of its requests again, except the one that expired, which
 * is resubmitted exactly once. (Requests the script cannot answer fail as HTTP 500 lines, are resubmitted
 * once in the next wave and fail their dialogue, as the online run's retries fail it.)
 */
class BatchModeRunTest {

    @TempDir
    Path dir;

    @Test
    void generate_inBatchMode_killedBetweenSubmitAndCollect_resumesByPollingAndEndsWithTheOnlineRecords()
            throws Exception {
        try (QuickstartServer online = new QuickstartServer()) {
            Path reference = prepared("reference");
            Process ref = generate(reference, Map.of("OPENAI_BASE_URL", online.baseUrl()), "reference");
            assertThat(ref.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(ref.exitValue()).as(log("reference")).isZero();
            assertThat(online.requests()).isGreaterThan(5);

            Function<JsonNode, String> script = online::reply;
            try (FakeOpenAiBatchServer batches = new FakeOpenAiBatchServer(script)) {
                Map<String, String> env = Map.of("OPENAI_BASE_URL", batches.baseUrl());
                Path out = prepared("out");
                batches.hold(true);
                CountDownLatch submitted = batches.nextSubmission();
                Process killed = generate(out, env, "killed", "--mode", "batch", "--batch-poll-millis", "20");
                assertThat(submitted.await(120, TimeUnit.SECONDS)).as(log("killed")).isTrue();
                killed.destroyForcibly();
                assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
                List<String> firstBatch = batches.submittedIds();
                assertThat(batches.batches()).isEqualTo(1);
                assertThat(firstBatch).isNotEmpty();

                batches.expireFirst(1);
                batches.hold(false);
                Process resumed = generate(out, env, "resumed", "--mode", "batch", "--batch-poll-millis", "20");
                assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).isTrue();
                assertThat(resumed.exitValue()).as(log("resumed")).isZero();

                List<String> all = batches.submittedIds();
                assertThat(all.subList(0, firstBatch.size())).isEqualTo(firstBatch);
                List<String> later = all.subList(firstBatch.size(), all.size());
                assertThat(batches.expired()).hasSize(1);
                String expired = batches.expired().iterator().next();
                assertThat(later).as("requests of the first batch submitted again").filteredOn(firstBatch::contains)
                        .containsOnly(expired);
                Map<String, Long> times = all.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
                firstBatch.forEach(id -> assertThat(times.get(id)).as("submissions of " + id)
                        .isEqualTo(id.equals(expired) ? 2 : 1));
                assertThat(batches.batches()).as("more than one wave").isGreaterThan(2);
                assertThat(log("resumed")).contains("still open; polling them");

                JsonNode spend = Json.MAPPER.readTree(out.resolve("run-manifest.json").toFile()).path("spend");
                long batchCalls = 0;
                for (JsonNode line : spend) {
                    assertThat(line.path("batchCalls").asLong()).as("calls of " + line + " went through the batch API")
                            .isEqualTo(line.path("calls").asLong() - line.path("failures").asLong());
                    batchCalls += line.path("batchCalls").asLong();
                }
                assertThat(batchCalls).isPositive();
                Map<String, Set<String>> records = records(out);
                assertThat(records).isNotEmpty().isEqualTo(records(reference));
                System.out.printf("online calls %d; batch mode: %d batches, %d requests (first batch %d), %d record "
                        + "lines%n", online.requests(), batches.batches(), all.size(), firstBatch.size(),
                        records.values().stream().mapToInt(Set::size).sum());
                System.out.println(log("resumed"));
            }
        }
    }

    @Test
    void run_inBatchMode_filterAndTranslationGoThroughTheBatchApiToo() throws Exception {
        try (QuickstartServer script = new QuickstartServer();
                FakeOpenAiBatchServer batches = new FakeOpenAiBatchServer(body -> answerAnything(script, body))) {
            CliHarness h = new CliHarness(Map.of("OPENAI_BASE_URL", batches.baseUrl()), null);
            Path out = dir.resolve("whole");

            int code = h.run("run", QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(), "--output",
                    out.toString(), "--model", "m1", "--adequacy-model", "m2", "--mode", "batch", "--batch-poll-millis", "10",
                    "--quiet");

            assertThat(code).as(h.err()).isZero();
            Set<String> batchedStages = new HashSet<>();
            Set<String> batchedModels = new HashSet<>();
            for (JsonNode line : Json.MAPPER.readTree(out.resolve("run-manifest.json").toFile()).path("spend")) {
                if (line.path("batchCalls").asLong() > 0) {
                    batchedStages.add(line.path("stage").asString());
                    batchedModels.add(line.path("model").asString());
                }
            }
            assertThat(batchedStages).contains("culture-filter", "translate", "dialogue.question", "dialogue.answer");
            assertThat(batchedModels).containsExactly("m1");
            // the echoed translations fail the language check, so no adequacy call is made; its batch backend is opened
            assertThat(out.resolve("work/batch/adequacy-journal.jsonl")).exists();
            assertThat(h.out()).containsPattern("total\\s+\\d+");
        }
    }

    @Test
    void generate_batchModeWithABackendWithoutBatchApi_orAnUnknownMode_failsNamingTheConfigKey() {
        Path out = prepared("refused");
        CliHarness azure = new CliHarness(Map.of("AZURE_OPENAI_API_KEY", "k"), null);
        CliHarness unknown = new CliHarness();

        int noBatchApi = azure.run("generate", "--config", QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(),
                "--output", out.toString(), "--backend", "azure-openai", "--model", "m", "--base-url",
                "http://127.0.0.1:9/v1", "--mode", "batch", "--quiet");
        int badMode = unknown.run("generate", "--config", QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(),
                "--output", out.toString(), "--mode", "fast", "--quiet");

        assertThat(noBatchApi).isEqualTo(2);
        assertThat(azure.err()).contains("backend.mode").contains("azure-openai");
        assertThat(badMode).isEqualTo(2);
        assertThat(unknown.err()).contains("backend.mode").contains("'fast'");
    }

    /**
     * The dialogue script's answer; for other calls a verdict that flags nothing (a JSON-schema request) or
     * the last user message back (a translation the checks will reject).
     */
    private static String answerAnything(QuickstartServer script, JsonNode body) {
        try {
            return script.reply(body);
        } catch (RuntimeException notADialogue) {
            if (body.has("response_format")) {
                StringBuilder verdict = new StringBuilder("{");
                for (io.ultralink.filter.CultureCriterion c : io.ultralink.filter.CultureCriterion.values()) {
                    verdict.append(verdict.length() > 1 ? "," : "").append('"')
                            .append(c.name().toLowerCase(java.util.Locale.ROOT))
                            .append("\":{\"match\":false,\"reason\":\"none\"}");
                }
                return verdict.append('}').toString();
            }
            JsonNode messages = body.path("messages");
            return messages.get(messages.size() - 1).path("content").asString();
        }
    }

    private Path prepared(String name) {
        Path out = dir.resolve(name);
        CliHarness prepare = new CliHarness();
        assertThat(prepare.run("prepare", "--config", QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(),
                "--output", out.toString(), "--quiet")).as(prepare.err()).isZero();
        return out;
    }

    private Process generate(Path out, Map<String, String> env, String name, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("generate", "--config",
                QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(), "--output", out.toString(), "--model", "m1",
                "--no-cache", "--segments-per-language", "3"));
        args.addAll(List.of(extra));
        return ChildCli.start(dir.resolve(name + ".log"), env, args.toArray(String[]::new));
    }

    private String log(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The record files of the language-specific stage, by relative path, as sets of lines. */
    private static Map<String, Set<String>> records(Path folder) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}_chat_specific"
                    + "(\\.openai|\\.provenance)?\\.jsonl")).toList()) {
                out.put(folder.relativize(f).toString(), new HashSet<>(Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
