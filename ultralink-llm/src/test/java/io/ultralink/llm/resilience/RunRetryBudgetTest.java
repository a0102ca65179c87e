package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ultralink.error.RateLimitedException;
import io.ultralink.error.RetryBudgetExhaustedException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run retry budget against a loopback server that answers 429 to everything, then recovers. */
class RunRetryBudgetTest {

    private MockWebServer server;
    private ResilientChatModel model;
    private final AtomicBoolean refusing = new AtomicBoolean(true);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return refusing.get()
                        ? new MockResponse.Builder().code(429).addHeader("retry-after-ms", "5")
                                .body("{\"error\":{\"message\":\"Rate limit reached for requests\"}}").build()
                        : Replies.json(200, Replies.openAiBody("fine", "stop", 10, 0, 2));
            }
        });
        server.start();
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("k")
                .modelName("m").build();
        model = ResilientChatModel.builder(http).maxAttempts(4).backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .retryBudget(10, 1.0).build();
    }

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    private Throwable call() {
        return catchThrowable(() -> model.chat(ChatRequest.of(List.of(Message.user("hi")))));
    }

    @Test
    void chat_everything429_stopsAfterTheBudgetWithOneClearException() {
        List<Throwable> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            outcomes.add(call());
        }

        // calls 1-3 spend 3 retries each (9 of 10) and fail as rate limited; call 4 gets the last retry
        // and then finds the budget empty; call 5 makes its first attempt only
        assertThat(outcomes.subList(0, 3)).allSatisfy(t -> assertThat(t).isExactlyInstanceOf(RateLimitedException.class));
        assertThat(outcomes.subList(3, 5)).allSatisfy(t -> assertThat(t)
                .isExactlyInstanceOf(RetryBudgetExhaustedException.class)
                .hasMessageContaining("retry budget is spent")
                .hasMessageContaining("10 retries granted against 0 successful attempts")
                .hasMessageContaining("Rate limit reached for requests")
                .hasCauseInstanceOf(RateLimitedException.class));
        assertThat(((RetryBudgetExhaustedException) outcomes.get(3)).isRetryable()).isFalse();
        assertThat(server.getRequestCount()).as("five first attempts and ten retries").isEqualTo(15);
        assertThat(model.stats().retries()).isEqualTo(10);
    }

    @Test
    void chat_serviceRecovers_callsSucceedAndSuccessesRefillTheBudget() {
        for (int i = 0; i < 4; i++) {
            call();
        }
        assertThat(model.retryBudgetLeft()).isZero();
        refusing.set(false);

        for (int i = 0; i < 3; i++) {
            assertThat(call()).isNull();
        }

        assertThat(model.retryBudgetLeft()).isEqualTo(3.0);
        refusing.set(true);
        assertThat(call()).as("the three retries earned are spent").isExactlyInstanceOf(RateLimitedException.class);
        assertThat(call()).as("then the budget is empty again").isExactlyInstanceOf(RetryBudgetExhaustedException.class);
        assertThat(model.stats().attempts()).isEqualTo(4 + 4 + 4 + 2 + 3 + 4 + 1);
    }
}
