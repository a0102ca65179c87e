package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row: the answers the server gives in order, the attempts expected, the retry delays expected
 * (to the millisecond range, jitter off) and the outcome: a finish reason or an exception type.
 */
class FaultMatrixTest {

    private static final String OK = Replies.openAiBody("fine", "stop", 10, 0, 2);

    private MockWebServer server;
    private ResilientChatModel model;
    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("k")
                .modelName("m").timeout(Duration.ofMillis(400)).build();
        model = ResilientChatModel.builder(http).maxAttempts(4).backoff(Duration.ofMillis(10), Duration.ofMillis(40))
                .throttledBackoff(Duration.ofMillis(30))
                .jitter(0).maxRetryAfter(Duration.ofSeconds(5)).deadline(Duration.ofSeconds(10))
                .retryListener((attempt, delay, cause) -> delays.add(delay)).build();
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                row("429 with Retry-After seconds", List.of(status(429, "Retry-After", "1"), ok()), 2, List.of(1000L),
                        FinishReason.STOP),
                row("429 with retry-after-ms", List.of(status(429, "retry-after-ms", "120"), ok()), 2, List.of(120L),
                        FinishReason.STOP),
                row("429 without Retry-After", List.of(status(429, null, null), ok()), 2, List.of(30L),
                        FinishReason.STOP),
                row("500, 502, 503 then success", List.of(status(500, null, null), status(502, null, null),
                        status(503, null, null), ok()), 4, List.of(10L, 20L, 40L), FinishReason.STOP),
                row("503 every time", List.of(status(503, null, null), status(503, null, null),
                        status(503, null, null), status(503, null, null)), 4, List.of(10L, 20L, 40L),
                        TransientLlmException.class),
                row("slow response past the timeout", List.of(new MockResponse.Builder().code(200).body(OK)
                        .headersDelay(2, TimeUnit.SECONDS).build(), ok()), 2, List.of(10L), FinishReason.STOP),
                row("dropped connection", List.of(new MockResponse.Builder().code(200).body(OK + " ".repeat(4000))
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build(), ok()), 2, List.of(10L),
                        FinishReason.STOP),
                row("cut-off JSON on 200 then success", List.of(Replies.json(200, OK.substring(0, OK.length() / 2)), ok()),
                        2, List.of(10L), FinishReason.STOP),
                row("200 whose body is not JSON then success", List.of(new MockResponse.Builder().code(200)
                        .body("<html>upstream error</html>").build(), ok()), 2, List.of(10L), FinishReason.STOP),
                row("cut-off JSON every time", List.of(Replies.json(200, "{\"choices\": ["),
                        Replies.json(200, "{\"choices\": ["), Replies.json(200, "{\"choices\": ["),
                        Replies.json(200, "{\"choices\": [")), 4, List.of(10L, 20L, 40L), TransientLlmException.class),
                row("529 overloaded with retry-after-ms", List.of(status(529, "retry-after-ms", "150"), ok()), 2,
                        List.of(150L), FinishReason.STOP),
                row("529 overloaded without a wait", List.of(status(529, null, null), ok()), 2, List.of(30L),
                        FinishReason.STOP),
                row("409 then success", List.of(status(409, null, null), ok()), 2, List.of(10L), FinishReason.STOP),
                row("empty choices then success", List.of(Replies.json(200, "{\"choices\":[]}"), ok()), 2,
                        List.of(10L), FinishReason.STOP),
                row("finish_reason length", List.of(Replies.json(200, Replies.openAiBody("cut", "length", 5, 0, 9))),
                        1, List.of(), FinishReason.LENGTH),
                row("content_filter", List.of(Replies.json(200, Replies.openAiBody(null, "content_filter", 5, 0, 0))),
                        1, List.of(), FinishReason.CONTENT_FILTER),
                row("401", List.of(status(401, null, null)), 1, List.of(), AuthenticationException.class),
                row("400", List.of(status(400, null, null)), 1, List.of(), InvalidRequestException.class),
                row("404", List.of(status(404, null, null)), 1, List.of(), InvalidRequestException.class),
                row("422", List.of(status(422, null, null)), 1, List.of(), InvalidRequestException.class),
                row("429 asking longer than allowed", List.of(status(429, "Retry-After", "600")), 1, List.of(),
                        RateLimitedException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void chat_fault_attemptsDelaysAndOutcome(String name, List<MockResponse> answers, int attempts,
            List<Long> delaysMillis, Object outcome) {
        answers.forEach(server::enqueue);

        Throwable thrown = catchThrowable(() -> {
            ChatResponse response = model.chat(ChatRequest.of(List.of(Message.user("hi"))));
            assertThat(response.finishReason()).isEqualTo(outcome);
        });

        if (outcome instanceof Class) {
            assertThat(thrown).isExactlyInstanceOf((Class<?>) outcome);
        } else {
            assertThat(thrown).isNull();
        }
        assertThat(server.getRequestCount()).as("attempts at the server").isEqualTo(attempts);
        assertThat(model.stats().attempts()).isEqualTo(attempts);
        assertThat(delays).hasSameSizeAs(delaysMillis);
        for (int i = 0; i < delaysMillis.size(); i++) {
            assertThat(delays.get(i).toMillis()).as("delay before attempt %d", i + 2)
                    .isBetween(delaysMillis.get(i), delaysMillis.get(i) + 1);
        }
    }

    /**
     * The fault-matrix row for {@code Retry-After} as an HTTP date. The date is made when the test
     * runs (whole seconds, 1–2 s ahead), so it is a test of its own; the server stamps arrivals.
     */
    @Test
    void chat_429WithRetryAfterHttpDate_retriesNotBeforeThatDate() {
        List<Instant> arrivals = new CopyOnWriteArrayList<>();
        QueueDispatcher queue = new QueueDispatcher();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                arrivals.add(Instant.now());
                return queue.dispatch(request);
            }
        });
        Instant before = Instant.now();
        Instant at = before.truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
        queue.enqueue(status(429, "Retry-After", httpDate));
        queue.enqueue(ok());

        ChatResponse response = model.chat(ChatRequest.of(List.of(Message.user("hi"))));

        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(server.getRequestCount()).as("attempts at the server").isEqualTo(2);
        assertThat(model.stats().attempts()).isEqualTo(2);
        assertThat(model.stats().rateLimited()).isEqualTo(1);
        Duration untilDate = Duration.between(before, at);
        assertThat(delays).hasSize(1);
        assertThat(delays.get(0)).as("delay honoured: until the date, less the first round trip")
                .isBetween(untilDate.minusMillis(500), untilDate);
        assertThat(arrivals).hasSize(2);
        assertThat(arrivals.get(1)).as("retry arrival at the server").isAfterOrEqualTo(at.minusMillis(20));
    }

    @Test
    void chat_after429s_shrinksConcurrencyLimitAndCountsThem() {
        server.enqueue(status(429, null, null));
        server.enqueue(status(429, null, null));
        server.enqueue(ok());

        model.chat(ChatRequest.of(List.of(Message.user("hi"))));

        assertThat(model.stats()).isEqualTo(new ResilienceStats(1, 3, 2, 2, 0));
        // 16 x 0.8 x 0.8 = 10.24, then one success adds 1/10.24
        assertThat(model.concurrencyLimit()).isCloseTo(10.24 + 1 / 10.24, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void chat_after500s_keepsConcurrencyLimit() {
        server.enqueue(status(500, null, null));
        server.enqueue(ok());

        model.chat(ChatRequest.of(List.of(Message.user("hi"))));

        assertThat(model.concurrencyLimit()).isEqualTo(16.0);
    }

    private static Arguments row(String name, List<MockResponse> answers, int attempts, List<Long> delays,
            Object outcome) {
        return Arguments.of(name, answers, attempts, delays, outcome);
    }

    private static MockResponse ok() {
        return Replies.json(200, OK);
    }

    private static MockResponse status(int code, String header, String value) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body("{\"error\":{\"message\":\"fault\"}}");
        if (header != null) {
            b.addHeader(header, value);
        }
        return b.build();
    }
}
