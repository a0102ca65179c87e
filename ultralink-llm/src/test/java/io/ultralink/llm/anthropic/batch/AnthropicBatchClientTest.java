package io.ultralink.llm.anthropic.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.AuthenticationException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.batch.BatchItem;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.batch.WaveChatModel;
import io.ultralink.model.Message;
import io.ultralink.run.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnthropicBatchClientTest {

    @TempDir
    Path dir;

    private FakeMessageBatchesServer server;
    private AnthropicBatchClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMessageBatchesServer(params -> "re: " + params.path("messages").get(0).path("content").asString());
        client = AnthropicBatchClient.builder().baseUrl(server.baseUrl()).modelName("claude-x").apiKey(() -> "sk-ant")
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().addMessage(Message.system("be brief")).addMessage(Message.user(text)).build();
    }

    @Test
    void submit_thenResults_giveEveryKindByCustomId() {
        server.expireWhen(p -> p.toString().contains("late"));
        server.errorWhen(p -> p.toString().contains("bad"));
        String id = client.submit(List.of(new BatchItem("a", ask("fine")), new BatchItem("b", ask("late")),
                new BatchItem("c", ask("bad"))));
        assertThat(client.status(id).state().ended()).isTrue();

        Map<String, BatchOutcome> outcomes = client.results(id).stream()
                .collect(Collectors.toMap(BatchOutcome::customId, o -> o));

        assertThat(outcomes.get("a").response().orElseThrow().text()).isEqualTo("re: fine");
        assertThat(outcomes.get("a").response().orElseThrow().usage().completionTokens()).isEqualTo(10);
        assertThat(outcomes.get("b").kind()).isEqualTo(BatchOutcome.Kind.EXPIRED);
        assertThat(outcomes.get("c").kind()).isEqualTo(BatchOutcome.Kind.ERRORED);
        assertThat(outcomes.get("c").error()).contains("api_error");
    }

    @Test
    void submit_withAWrongKey_isAnAuthenticationFailure() {
        try (AnthropicBatchClient wrong = AnthropicBatchClient.builder().baseUrl(server.baseUrl()).modelName("m")
                .apiKey(() -> "other").build()) {
            assertThatThrownBy(() -> wrong.submit(List.of(new BatchItem("a", ask("x")))))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void waveModel_stoppedWhileTheBatchRuns_resumesByPollingWithNoNewRequest() throws Exception {
        server.hold(true);
        try (RunStore store = RunStore.open(dir)) {
            WaveChatModel first = waves(store);
            CompletableFuture<String> lost = CompletableFuture.supplyAsync(() -> first.chat(ask("held")).text());
            while (server.batches() == 0 || !java.nio.file.Files.readString(journal()).contains("submitted")) {
                Thread.sleep(5);
            }
            first.close();
            assertThat(lost).failsWithin(30, TimeUnit.SECONDS);
        }
        server.hold(false);
        try (RunStore store = RunStore.open(dir); WaveChatModel second = waves(store)) {
            assertThat(second.chat(ask("held")).text()).isEqualTo("re: held");
            assertThat(server.batches()).isEqualTo(1);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    private Path journal() {
        return dir.resolve("batch.jsonl");
    }

    private WaveChatModel waves(RunStore store) {
        return WaveChatModel.builder(client, store, journal()).pollInterval(Duration.ofMillis(5))
                .settle(Duration.ofMillis(100)).build();
    }
}
