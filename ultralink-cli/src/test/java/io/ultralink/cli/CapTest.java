package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.internal.Json;
import io.ultralink.testing.Journals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code --max-calls} against a server that fails the first attempt of every request (HTTP 500): the
 * cap counts every attempt that reached the server, retries included, stops the run at once with exit
 * 3, marks no item failed, and the same command without the cap finishes the dataset.
 */
class CapTest {

    @TempDir
    Path dir;

    @Test
    void maxCalls_countsRetriedAttempts_stopsWithoutFailingItems_andResumes() throws IOException {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (ModelServer server = new ModelServer(0, "m1")) {
            server.gate(digest -> seen.add(digest) ? 500 : 200);
            CliHarness capped = harness(server);

            int code = capped.run(args("--max-calls", "7"));

            assertThat(code).as(capped.err()).isEqualTo(3);
            assertThat(capped.err()).contains("stopped cleanly").contains("--max-calls 7");
            assertThat(server.requests()).as("attempts the server received").isEqualTo(7);
            JsonNode manifest = Json.MAPPER.readTree(Files.readString(dir.resolve("out/run-manifest.json")));
            assertThat(manifest.path("totals").path("calls").asLong()).isEqualTo(7);
            assertThat(manifest.path("status").asString()).isEqualTo("stopped");
            assertNothingFailed(dir.resolve("out"));

            CliHarness resumed = harness(server);
            assertThat(resumed.run(args())).as(resumed.err()).isZero();
            assertNothingFailed(dir.resolve("out"));
            assertThat(Files.readAllLines(dir.resolve("out/en_chat_specific.jsonl"))).hasSize(1);
            assertThat(Files.readAllLines(dir.resolve("out/fr_chat_specific.jsonl"))).hasSize(1);
        }
    }

    private static void assertNothingFailed(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                if (f.getFileName().toString().contains("failures")) {
                    assertThat(Files.readAllLines(f)).as(f.toString()).noneMatch(l -> l.contains("\"error\"")
                            || l.contains("Exception"));
                } else if (f.getFileName().toString().endsWith(".done.jsonl")
                        || f.getFileName().toString().equals("culture-audit.jsonl")) {
                    assertThat(Journals.units(f)).as(f.toString())
                            .noneMatch(n -> n.path("status").asString().equals("failed"));
                }
            }
        }
    }

    private static CliHarness harness(ModelServer server) {
        return new CliHarness(Map.of("OPENAI_BASE_URL", server.baseUrl()), null);
    }

    private String[] args(String... extra) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("run",
                QuickstartRunTest.QUICKSTART.toString(), "--output", dir.resolve("out").toString(), "--model", "m1",
                "--languages", "en,fr", "--quiet"));
        all.addAll(java.util.List.of(extra));
        return all.toArray(String[]::new);
    }
}
