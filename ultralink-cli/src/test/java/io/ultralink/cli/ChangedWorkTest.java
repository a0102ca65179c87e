package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A resumed run never reuses work made by another model, prompt or setting: the quickstart over HTTP,
 * then again with one thing changed. The default stops with exit 2 naming the change before any call;
 * {@code --rerun-changed} redoes exactly the affected units; {@code --fresh} redoes everything.
 */
class ChangedWorkTest {

    @TempDir
    Path dir;

    private ModelServer server;

    @BeforeEach
    void start() {
        server = new ModelServer(0, "m1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void run_sameSettingsAgain_reusesEverythingWithoutACall() throws IOException {
        assertThat(run("--model", "m1")).isZero();
        long first = server.requests();
        String records = Files.readString(dir.resolve("out/zh_chat_specific.jsonl"));

        assertThat(run("--model", "m1")).isZero();

        assertThat(first).isPositive();
        assertThat(server.requests()).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("out/zh_chat_specific.jsonl"))).isEqualTo(records);
    }

    @Test
    void run_otherModel_stopsWithExit2NamingTheChange_andCallsNothing() throws IOException {
        assertThat(run("--model", "m1")).isZero();
        long before = server.requests();
        String records = Files.readString(dir.resolve("out/en_chat_specific.jsonl"));

        CliHarness h = harness();
        int code = h.run(args("--model", "m2"));

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("generate: 5 units of work in the output folder were made with other settings")
                .contains("model: openai " + server.baseUrl() + "/chat/completions m1 -> openai " + server.baseUrl()
                        + "/chat/completions m2")
                .contains("--rerun-changed").contains("--fresh").contains("no work made with other settings was reused");
        assertThat(server.requests()).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("out/en_chat_specific.jsonl"))).isEqualTo(records);
    }

    @Test
    void run_otherMaxTurns_stopsNamingTheSetting_rerunChangedRedoesOnlyDialogues() throws IOException {
        assertThat(run("--model", "m1")).isZero();
        CliHarness h = harness();

        assertThat(h.run(args("--model", "m1", "--max-turns", "3"))).isEqualTo(2);
        assertThat(h.err()).contains("settings.schedule.maxTurns: 2 -> 3");

        assertThat(run("--model", "m1", "--max-turns", "3", "--rerun-changed")).isZero();
        Map<String, JsonNode> stages = stages();
        assertThat(stages.get("generate").path("notes").path("redoneAfterChange").asString()).isEqualTo("5");
        assertThat(stages.get("filter").path("notes").has("redoneAfterChange")).isFalse();
        assertThat(stages.get("translate").path("notes").has("redoneAfterChange")).isFalse();
        assertThat(Files.readString(dir.resolve("out/run-manifest.json")))
                .contains("\"settings.schedule.maxTurns\" : \"3\"");
    }

    @Test
    void run_otherPromptVersion_rerunChangedRedoesThatLanguageOnly() throws IOException {
        assertThat(run("--model", "m1")).isZero();
        Path pack = dir.resolve("zh.yaml");
        Files.writeString(pack, Files.readString(Path.of(
                "../ultralink-core/src/main/resources/io/ultralink/language/packs/zh.yaml"))
                .replace("promptVersion: \"zh-1\"", "promptVersion: \"zh-2\""));
        CliHarness h = harness();

        assertThat(h.run(args("--model", "m1", "--pack", pack.toString()))).isEqualTo(2);
        assertThat(h.err()).contains("generate: 1 unit of work in the output folder was made with other settings")
                .contains("prompt: zh-1+dialogue-2#").contains("-> zh-2+dialogue-2#");

        assertThat(run("--model", "m1", "--pack", pack.toString(), "--rerun-changed")).isZero();
        Map<String, JsonNode> stages = stages();
        assertThat(stages.get("generate").path("notes").path("redoneAfterChange").asString()).isEqualTo("1");
        assertThat(stages.get("translate").path("notes").path("redoneAfterChange").asString())
                .as("only the zh translations").isEqualTo("6");
    }

    @Test
    void run_fresh_redoesEveryUnit_fromTheResponseCache() throws IOException {
        assertThat(run("--model", "m1")).isZero();
        long calls = server.requests();
        List<String> journal = Files.readAllLines(dir.resolve("out/work/specific/chat_specific.done.jsonl"));

        CliHarness h = harness();
        assertThat(h.run(args("--model", "m1", "--fresh"))).as(h.err()).isZero();

        assertThat(server.requests()).as("every answer replayed from the cache").isEqualTo(calls);
        assertThat(Files.readAllLines(dir.resolve("out/work/specific/chat_specific.done.jsonl")))
                .hasSameSizeAs(journal);
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(dir.resolve("out/run-manifest.json")));
        assertThat(manifest.path("totals").path("calls").asLong()).isZero();
        assertThat(manifest.path("totals").path("cacheHits").asLong()).isEqualTo(calls);
        assertThat(h.out()).contains("cache hits");

        assertThat(run("--model", "m1", "--fresh", "--no-cache")).isZero();
        assertThat(server.requests()).as("--no-cache asks the model again").isEqualTo(2 * calls);
    }

    @Test
    void run_corruptCacheFile_warnsOnceAndAsksTheModel() throws IOException {
        Path cache = dir.resolve("out/cache/responses.sqlite");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "not a database ".repeat(100));
        CliHarness h = harness();

        int code = h.run(args("--model", "m1", "--languages", "en"));

        assertThat(code).as(h.err()).isZero();
        assertThat(h.err().split("warning: response cache", -1)).as(h.err()).hasSize(2);
        assertThat(h.err()).contains(cache.toString());
        assertThat(server.requests()).isPositive();
    }

    private int run(String... extra) {
        CliHarness h = harness();
        int code = h.run(args(extra));
        if (code != 0 && code != 2) {
            throw new AssertionError(h.err());
        }
        return code;
    }

    private CliHarness harness() {
        return new CliHarness(Map.of("OPENAI_BASE_URL", server.baseUrl()), null);
    }

    private String[] args(String... extra) {
        List<String> all = new ArrayList<>(List.of("run", QuickstartRunTest.QUICKSTART.toString(), "--output",
                dir.resolve("out").toString(), "--quiet"));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private Map<String, JsonNode> stages() throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(Files.readString(dir.resolve("out/run-manifest.json")));
        Map<String, JsonNode> out = new java.util.HashMap<>();
        manifest.path("stages").forEach(s -> out.put(s.path("stage").asString(), s));
        return out;
    }
}
