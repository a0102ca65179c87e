package io.ultralink.llm.openai.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.batch.BatchClient;
import io.ultralink.llm.batch.BatchItem;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.batch.BatchState;
import io.ultralink.llm.batch.BatchStatus;
import io.ultralink.llm.batch.WaveChatModel;
import io.ultralink.model.Message;
import io.ultralink.run.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class OpenAiBatchClientTest {

    /** Echoes the last message back in upper case, so every answer names its request. */
    private static final Function<JsonNode, String> ECHO = body -> {
        JsonNode messages = body.path("messages");
        return messages.get(messages.size() - 1).path("content").asString().toUpperCase(java.util.Locale.ROOT);
    };

    @TempDir
    Path dir;

    private FakeOpenAiBatchServer server;
    private OpenAiBatchClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiBatchServer(ECHO);
        client = OpenAiBatchClient.builder().baseUrl(server.baseUrl()).modelName("m1").apiKey(() -> "sk-test").build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static ChatRequest ask(String text) {
        return ChatRequest.builder().addMessage(Message.user(text)).maxTokens(50).build();
    }

    @Test
    void submit_pollsThroughStates_andCollectsEveryAnswerByCustomId() {
        String id = client.submit(List.of(new BatchItem("a1", ask("one")), new BatchItem("b2", ask("two"))));

        List<BatchState> states = new ArrayList<>();
        BatchStatus status;
        do {
            status = client.status(id);
            states.add(status.state());
        } while (!status.state().ended());

        assertThat(states).containsExactly(BatchState.RUNNING, BatchState.ENDED);
        assertThat(status.providerState()).isEqualTo("completed");
        assertThat(status.total()).isEqualTo(2);
        assertThat(status.succeeded()).isEqualTo(2);
        Map<String, String> texts = client.results(id).stream().collect(Collectors.toMap(BatchOutcome::customId,
                o -> o.response().orElseThrow().text()));
        assertThat(texts).containsExactlyInAnyOrderEntriesOf(Map.of("a1", "ONE", "b2", "TWO"));
        assertThat(server.submittedIds()).containsExactly("a1", "b2");
    }

    @Test
    void results_withExpiredAndFailedRequests_reportEachKind() {
        server.expireFirst(1);
        server.failWhen(body -> body.toString().contains("three"));
        String id = client.submit(List.of(new BatchItem("a", ask("one")), new BatchItem("b", ask("two")),
                new BatchItem("c", ask("three"))));
        while (!client.status(id).state().ended()) {
            Thread.onSpinWait();
        }

        Map<String, BatchOutcome.Kind> kinds = client.results(id).stream()
                .collect(Collectors.toMap(BatchOutcome::customId, BatchOutcome::kind));

        assertThat(client.status(id).providerState()).isEqualTo("expired");
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.of("a", BatchOutcome.Kind.EXPIRED,
                "b", BatchOutcome.Kind.SUCCEEDED, "c", BatchOutcome.Kind.ERRORED));
    }

    @Test
    void waveModel_callsOfAllParticipants_goIntoOneBatch_andAnExpiredOneIsResubmittedOnce() throws Exception {
        server.expireFirst(1);
        try (RunStore store = RunStore.open(dir); WaveChatModel model = waves(store)) {
            List<CompletableFuture<ChatResponse>> answers = new ArrayList<>();
            List<WaveChatModel.Participation> joined = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                joined.add(model.join());
            }
            for (int i = 0; i < 3; i++) {
                String text = "question " + i;
                WaveChatModel.Participation p = joined.get(i);
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try (p) {
                        return model.chat(ask(text));
                    }
                }));
            }
            List<String> texts = new ArrayList<>();
            for (CompletableFuture<ChatResponse> a : answers) {
                texts.add(a.get(30, TimeUnit.SECONDS).text());
            }

            assertThat(texts).containsExactly("QUESTION 0", "QUESTION 1", "QUESTION 2");
            assertThat(server.batches()).as("one batch for the wave, one for the expired request").isEqualTo(2);
            assertThat(server.submittedIds()).hasSize(4);
            assertThat(server.expired()).hasSize(1);
            assertThat(server.submittedIds().get(3)).isEqualTo(server.expired().iterator().next());
            assertThat(model.waves()).isEqualTo(2);
        }
    }

    @Test
    void waveModel_requestFailingTwice_failsItsCall() throws Exception {
        server.failWhen(body -> true);
        try (RunStore store = RunStore.open(dir); WaveChatModel model = waves(store)) {
            assertThatThrownBy(() -> model.chat(ask("doomed"))).isInstanceOf(TransientLlmException.class)
                    .hasMessageContaining("failed 2 times");
            assertThat(server.submittedIds()).hasSize(2);
        }
    }

    @Test
    void waveModel_reopenedAfterAStopBetweenSubmitAndCollect_pollsTheSameBatchWithoutSubmitting() throws Exception {
        server.hold(true);
        var submitted = server.nextSubmission();
        try (RunStore store = RunStore.open(dir)) {
            WaveChatModel first = waves(store);
            CompletableFuture<ChatResponse> lost = CompletableFuture.supplyAsync(() -> first.chat(ask("held")));
            assertThat(submitted.await(30, TimeUnit.SECONDS)).isTrue();
            first.close();
            assertThat(lost).failsWithin(Duration.ofSeconds(30));
            assertThat(lost.isCompletedExceptionally()).as("the call in flight fails on close").isTrue();
        }
        server.hold(false);
        try (RunStore store = RunStore.open(dir); WaveChatModel second = waves(store)) {
            assertThat(second.openBatchesAtStart()).isEqualTo(1);

            assertThat(second.chat(ask("held")).text()).isEqualTo("HELD");
            assertThat(second.chat(ask("held")).text()).as("replayed from the journal").isEqualTo("HELD");

            assertThat(server.batches()).isEqualTo(1);
            assertThat(second.submitted()).isZero();
        }
    }

    @Test
    void waveModel_submissionWhoseAnswerIsLost_isFoundByItsMetadataAndPolled_notSubmittedAgain() throws Exception {
        BatchClient losing = new BatchClient() {
            @Override
            public String submit(List<BatchItem> items) {
                client.submit(items);
                throw new TransientLlmException("connection reset after the server took the batch");
            }

            @Override
            public java.util.Optional<String> findSubmitted(String key) {
                return client.findSubmitted(key);
            }

            @Override
            public BatchStatus status(String batchId) {
                return client.status(batchId);
            }

            @Override
            public List<BatchOutcome> results(String batchId) {
                return client.results(batchId);
            }

            @Override
            public void cancel(String batchId) {
                client.cancel(batchId);
            }

            @Override
            public String modelName() {
                return client.modelName();
            }
        };
        try (RunStore store = RunStore.open(dir); WaveChatModel model = WaveChatModel.builder(losing, store,
                dir.resolve("batch.jsonl")).pollInterval(Duration.ofMillis(5)).settle(Duration.ofMillis(50)).build()) {

            assertThat(model.chat(ask("lost")).text()).isEqualTo("LOST");

            assertThat(server.batches()).isEqualTo(1);
            assertThat(java.nio.file.Files.readString(dir.resolve("batch.jsonl"))).contains("\"submitted\"");
        }
    }

    private WaveChatModel waves(RunStore store) {
        return WaveChatModel.builder(client, store, dir.resolve("work/batch.jsonl")).pollInterval(Duration.ofMillis(5))
                .settle(Duration.ofMillis(200)).build();
    }
}
