package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** Server-side arrival time (nanoTime) of each request body. */
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private MockWebServer server;
    private OpenAiChatModel http;
    private final ExecutorService callers = Executors.newFixedThreadPool(16);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                arrivals.put(request.getBody().utf8(), System.nanoTime());
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(request.getBody().utf8().contains("slow") ? 1500 : 60);
                } finally {
                    inFlight.decrementAndGet();
                }
                return Replies.json(200, Replies.openAiBody("ok", "stop", 10, 0, 2));
            }
        });
        server.start();
        http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).modelName("m")
                .environment(k -> null).build();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        http.close();
        server.close();
    }

    private void callConcurrently(ResilientChatModel model, int calls) {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            ChatRequest request = ChatRequest.of(List.of(Message.user("call " + i)));
            futures.add(CompletableFuture.runAsync(() -> model.chat(request), callers));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    }

    @Test
    void chat_sixteenConcurrentCallers_serverSeesAtMostMaxConcurrency() {
        ResilientChatModel model = ResilientChatModel.builder(http).maxConcurrency(3).build();

        callConcurrently(model, 16);

        assertThat(server.getRequestCount()).isEqualTo(16);
        assertThat(maxInFlight.get()).isBetween(2, 3);
    }

    /**
     * 600 requests a minute is one every 100 ms. Arrivals are stamped by the server's dispatcher and
     * matched to the requests it recorded; the k-th arrival may come up to two intervals early relative to
     * the first (the first can itself be late by scheduling noise on a loaded machine), so the 8 arrivals
     * span at least 5 intervals, where 8 unlimited calls arrive within a few milliseconds. One unlimited
     * call first warms the client, whose first request is slow enough to bunch the next ones behind it.
     */
    @Test
    void chat_requestsPerMinute_serverSeesArrivalsSpacedByTheLimit() throws Exception {
        ResilientChatModel model = ResilientChatModel.builder(http).requestsPerMinute(600).maxConcurrency(16)
                .build();
        http.chat(ChatRequest.of(List.of(Message.user("warm-up"))));
        server.takeRequest();

        callConcurrently(model, 8);

        assertThat(server.getRequestCount()).isEqualTo(9);
        List<Long> atServer = new ArrayList<>();
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            String body = server.takeRequest().getBody().utf8();
            bodies.add(body);
            atServer.add(arrivals.get(body));
        }
        assertThat(bodies).as("every call reached the server once").hasSize(8);
        Collections.sort(atServer);
        long interval = TimeUnit.MILLISECONDS.toNanos(100);
        for (int k = 1; k < atServer.size(); k++) {
            assertThat(atServer.get(k) - atServer.get(0)).as("server arrival %d after the first", k)
                    .isGreaterThanOrEqualTo((k - 2) * interval);
        }
    }

    @Test
    void chat_slowerThanDeadline_throwsDeadlineExceededAfterOneAttempt() {
        ResilientChatModel model = ResilientChatModel.builder(http).deadline(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> model.chat(ChatRequest.of(List.of(Message.user("slow please")))))
                .isInstanceOf(DeadlineExceededException.class).hasMessageContaining("deadline");
        assertThat(model.stats().attempts()).isEqualTo(1);
        assertThat(model.stats().failures()).isEqualTo(1);
    }

    @Test
    void chat_tokensPerMinute_correctedByReportedUsage() {
        ResilientChatModel model = ResilientChatModel.builder(http).tokensPerMinute(1_000)
                .tokenEstimator(r -> 900).build();

        // the first call takes 900 of 1,000 tokens and is corrected to the 12 it used, so the second
        // one does not have to wait for the bucket to refill
        model.chat(ChatRequest.of(List.of(Message.user("one"))));
        model.chat(ChatRequest.of(List.of(Message.user("two"))));

        assertThat(model.stats().attempts()).isEqualTo(2);
    }

    @Test
    void build_badLimit_failsNamingField() {
        assertThatThrownBy(() -> ResilientChatModel.builder(http).maxConcurrency(0).build())
                .hasMessageContaining("maxConcurrency");
    }
}
