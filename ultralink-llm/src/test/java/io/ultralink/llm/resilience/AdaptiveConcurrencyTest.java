package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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

/**
 * A 429 slows down only the call that got it and, through the adaptive limit, the number of calls in
 * flight; a server that refuses whatever exceeds its own concurrency gets fewer refusals once the
 * limit has adapted to it.
 */
class AdaptiveConcurrencyTest {

    private static final int SERVER_SLOTS = 3;

    private MockWebServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, Instant> done = new ConcurrentHashMap<>();
    private final CountDownLatch firstRefused = new CountDownLatch(1);
    private volatile Instant refusedAt;
    private volatile boolean slotLimited;
    private final ExecutorService callers = Executors.newFixedThreadPool(16);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (!slotLimited && request.getBody().utf8().contains("first") && firstRefused.getCount() > 0) {
                    refusedAt = Instant.now();
                    firstRefused.countDown();
                    return new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("{}").build();
                }
                int now = inFlight.incrementAndGet();
                try {
                    if (slotLimited && now > SERVER_SLOTS) {
                        refused.incrementAndGet();
                        return new MockResponse.Builder().code(429).body("{\"error\":{\"message\":\"busy\"}}").build();
                    }
                    Thread.sleep(40);
                    return Replies.json(200, Replies.openAiBody("ok", "stop", 10, 0, 2));
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        server.close();
    }

    private ResilientChatModel model(double decrease) {
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("k")
                .modelName("m").build();
        return ResilientChatModel.builder(http).maxConcurrency(16).concurrencyDecrease(decrease).maxAttempts(50)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20)).retryBudget(10_000, 1).build();
    }

    private void callConcurrently(ResilientChatModel model, List<String> names) {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (String name : names) {
            futures.add(CompletableFuture.runAsync(() -> {
                model.chat(ChatRequest.of(List.of(Message.user(name))));
                done.put(name, Instant.now());
            }, callers));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    }

    @Test
    void chat_retryAfterOnOneCall_othersGoOnMeanwhile() throws Exception {
        ResilientChatModel model = model(0.8);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            others.add("other " + i);
        }

        try (model) {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> callConcurrently(model, List.of("first")));
            assertThat(firstRefused.await(5, TimeUnit.SECONDS)).isTrue();
            callConcurrently(model, others);
            first.join();
        }

        Instant retryDue = refusedAt.plusSeconds(2);
        assertThat(others).allSatisfy(o -> assertThat(done.get(o)).as(o + " done before the refused call's retry")
                .isBefore(retryDue));
        assertThat(done.get("first")).as("the refused call waited its Retry-After").isAfterOrEqualTo(retryDue);
        assertThat(model.stats().rateLimited()).isEqualTo(1);
    }

    @Test
    void chat_serverRefusesBeyondItsSlots_adaptiveLimitRefusesFarLess() {
        slotLimited = true;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            names.add("call " + i);
        }
        ResilientChatModel fixed = model(1.0);
        try (fixed) {
            callConcurrently(fixed, names);
        }
        int refusedFixed = refused.getAndSet(0);

        ResilientChatModel adaptive = model(0.5);
        try (adaptive) {
            callConcurrently(adaptive, names);
        }
        int refusedAdaptive = refused.get();

        assertThat(fixed.concurrencyLimit()).isEqualTo(16.0);
        assertThat(adaptive.concurrencyLimit()).as("limit after the run").isLessThan(8.0);
        assertThat(refusedAdaptive).as("429s with the adaptive limit (fixed limit: %d)", refusedFixed)
                .isLessThan(refusedFixed / 2);
    }
}
