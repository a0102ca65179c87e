package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.llm.resilience.ResilientChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} against a loopback server that answers 429 to everything stops once the run's
 * retry budget is spent, with one line and exit 1, and the same command later resumes to the
 * records of a run that never met a fault.
 */
class RetryBudgetStopTest {

    private static final List<String> LANGUAGES = List.of("en", "zh", "fr");

    @TempDir
    Path tmp;

    private QuickstartServer server;

    @BeforeEach
    void start() throws IOException {
        server = new QuickstartServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A fresh resilient model per command, as each process has: 3 attempts, a budget of 4 retries. */
    private ChatModel model() {
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("sk-loopback")
                .modelName("quickstart-script").build();
        return ResilientChatModel.builder(http).maxAttempts(3).backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .retryBudget(4, 1.0).build();
    }

    /** What a command printed to stderr and its exit code. */
    private record Outcome(int code, String err) {
    }

    private Outcome run(Path out, String command) {
        try (ChatModel model = model()) {
            CliHarness h = new CliHarness(Map.of(), model);
            int code = h.run(command, "--config", QuickstartRunTest.QUICKSTART.toString(), "--output", out.toString(),
                    "--languages", String.join(",", LANGUAGES), "--quiet");
            return new Outcome(code, h.err());
        }
    }

    private static Set<String> records(Path out) throws IOException {
        Set<String> lines = new HashSet<>();
        for (String lang : LANGUAGES) {
            Path file = out.resolve("work/specific/" + lang + "_chat_specific.jsonl");
            if (Files.exists(file)) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        return lines;
    }

    @Test
    void generate_everything429_stopsWithOneLineAndResumesWithoutLoss() throws IOException {
        Path clean = tmp.resolve("clean");
        assertThat(run(clean, "prepare").code()).isZero();
        Outcome cleanRun = run(clean, "generate");
        assertThat(cleanRun.code()).as(cleanRun.err()).isZero();
        Set<String> expected = records(clean);
        assertThat(expected).hasSize(LANGUAGES.size());

        Path faulty = tmp.resolve("faulty");
        assertThat(run(faulty, "prepare").code()).isZero();
        server.refuseAll(true);
        int before = server.requests();
        Outcome stopped = run(faulty, "generate");

        assertThat(stopped.code()).as(stopped.err()).isEqualTo(1);
        assertThat(stopped.err().lines().toList()).as("stderr").singleElement().satisfies(line -> assertThat(line)
                .startsWith("ultralink: stopped: model calls fail too often to go on: the run's retry budget is spent")
                .contains("Rate limit reached for requests")
                .endsWith("run the same command again later to resume."));
        // en: 3 attempts (2 retries), then failed as rate limited; zh: the same, spending the last 2 retries;
        // fr: its first attempt finds no retry left, and the run stops
        assertThat(server.requests() - before).as("requests while refused").isEqualTo(3 + 3 + 1);
        assertThat(Files.readString(faulty.resolve("run-manifest.json"))).contains("\"status\" : \"stopped\"");

        server.refuseAll(false);
        Outcome resumed = run(faulty, "generate");

        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(records(faulty)).as("records of the resumed run").isEqualTo(expected);
    }
}
