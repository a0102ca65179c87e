package io.ultralink.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.anthropic.AnthropicChatModel;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.model.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pacing by rate-limit headers against a loopback server that answers with the header shapes OpenAI
 * and Anthropic send. Sequential calls on loopback take a few milliseconds each, so a gap of a
 * hundred or more between arrivals is the pacer's wait.
 */
class HeaderPacingTest {

    private static final String OPENAI_OK = Replies.openAiBody("fine", "stop", 10, 0, 2);
    private static final String ANTHROPIC_OK = Replies.anthropicBody("fine", "end_turn", 10, 0, 2);

    private MockWebServer server;
    private final List<Instant> arrivals = new CopyOnWriteArrayList<>();
    private volatile Supplier<Map<String, String>> headers = Map::of;
    private volatile String body = OPENAI_OK;
    private final List<ChatModel> models = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(Instant.now());
                MockResponse.Builder b = new MockResponse.Builder().code(200).body(body)
                        .addHeader("Content-Type", "application/json");
                headers.get().forEach(b::addHeader);
                return b.build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        models.forEach(ChatModel::close);
        server.close();
    }

    private ResilientChatModel openAi(boolean headerPacing) {
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("k")
                .modelName("m").build();
        return keep(ResilientChatModel.builder(http).headerPacing(headerPacing).tokenEstimator(r -> 1_000).build());
    }

    private ResilientChatModel anthropic() {
        body = ANTHROPIC_OK;
        AnthropicChatModel http = AnthropicChatModel.builder().baseUrl(server.url("/").toString()).apiKey("k")
                .modelName("claude").build();
        return keep(ResilientChatModel.builder(http).tokenEstimator(r -> 1_000).build());
    }

    private ResilientChatModel keep(ResilientChatModel model) {
        models.add(model);
        return model;
    }

    private void call(ChatModel model, int times) {
        for (int i = 0; i < times; i++) {
            model.chat(ChatRequest.of(List.of(Message.user("call " + i))));
        }
    }

    private List<Long> gapsMillis() {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add(Duration.between(arrivals.get(i - 1), arrivals.get(i)).toMillis());
        }
        return gaps;
    }

    /**
     * No pacing: the median gap is a loopback round trip (a paced gap here is 200 ms or more); one gap
     * may be long on a busy machine (garbage collection, a compiler thread), none a second.
     */
    private void assertNotPaced() {
        List<Long> gaps = new ArrayList<>(gapsMillis());
        gaps.sort(null);
        assertThat(gaps).as("gaps between arrivals (ms)").hasSize(3);
        assertThat(gaps.get(1)).as("median gap of %s", gaps).isLessThan(100L);
        assertThat(gaps.get(2)).as("longest gap of %s", gaps).isLessThan(1_000L);
    }

    /** OpenAI's shape with no request left of 3: one comes back every 600 ms / 3 = 200 ms. */
    private static Map<String, String> openAiNoRequestsLeft() {
        return Map.of("x-ratelimit-limit-requests", "3", "x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "600ms", "x-ratelimit-limit-tokens", "160000",
                "x-ratelimit-remaining-tokens", "159976", "x-ratelimit-reset-tokens", "9ms");
    }

    @Test
    void chat_openAiRequestsExhausted_waitsForEachRefill() {
        headers = HeaderPacingTest::openAiNoRequestsLeft;
        ResilientChatModel model = openAi(true);

        call(model, 4);

        assertThat(gapsMillis()).hasSize(3).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(190L));
        assertThat(model.stats().retries()).as("paced, never refused").isZero();
    }

    @Test
    void chat_openAiTokensShort_waitsForTheTokens() {
        // 1,000 tokens wanted, none left of 10,000 refilled over 4 s: 2,500 a second, so 400 ms
        headers = () -> Map.of("x-ratelimit-limit-requests", "5000", "x-ratelimit-remaining-requests", "4999",
                "x-ratelimit-reset-requests", "12ms", "x-ratelimit-limit-tokens", "10000",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "4s");
        ResilientChatModel model = openAi(true);

        call(model, 2);

        assertThat(gapsMillis()).singleElement().satisfies(gap -> assertThat(gap).isBetween(390L, 1_500L));
    }

    @Test
    void chat_openAiPlentyLeft_noWait() {
        headers = () -> Map.of("x-ratelimit-limit-requests", "5000", "x-ratelimit-remaining-requests", "4999",
                "x-ratelimit-reset-requests", "12ms", "x-ratelimit-limit-tokens", "160000",
                "x-ratelimit-remaining-tokens", "159976", "x-ratelimit-reset-tokens", "9ms");
        ResilientChatModel model = openAi(true);

        call(model, 4);

        assertNotPaced();
    }

    @Test
    void chat_openAiResetZero_noWait() {
        headers = () -> Map.of("x-ratelimit-limit-requests", "3", "x-ratelimit-remaining-requests", "0",
                "x-ratelimit-reset-requests", "0s");
        ResilientChatModel model = openAi(true);

        call(model, 4);

        assertNotPaced();
    }

    @Test
    void chat_headersMissing_noWait() {
        ResilientChatModel model = openAi(true);

        call(model, 4);

        assertNotPaced();
    }

    @Test
    void chat_headerPacingOff_ignoresTheHeaders() {
        headers = HeaderPacingTest::openAiNoRequestsLeft;
        ResilientChatModel model = openAi(false);

        call(model, 4);

        assertNotPaced();
    }

    /**
     * Anthropic's shape (every family it sends), no request left of 1, full again at an RFC 3339
     * time in whole seconds 1-2 s ahead: the second call is not sent before that time.
     */
    @Test
    void chat_anthropicRequestsExhausted_waitsUntilTheResetTime() {
        Instant reset = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        headers = () -> anthropicHeaders("1", "0", reset);
        ResilientChatModel model = anthropic();

        call(model, 2);

        assertThat(arrivals).hasSize(2);
        assertThat(arrivals.get(1)).as("second call at the server").isAfterOrEqualTo(reset.minusMillis(20));
    }

    @Test
    void chat_anthropicResetInThePast_noWait() {
        Instant reset = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        headers = () -> anthropicHeaders("50", "0", reset);
        ResilientChatModel model = anthropic();

        call(model, 4);

        assertNotPaced();
    }

    @Test
    void chat_anthropicRequestsLeft_noWait() {
        Instant reset = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        headers = () -> anthropicHeaders("1000", "999", reset);
        ResilientChatModel model = anthropic();

        call(model, 4);

        assertNotPaced();
    }

    private static Map<String, String> anthropicHeaders(String limit, String remaining, Instant reset) {
        String at = reset.toString();
        return Map.ofEntries(Map.entry("anthropic-ratelimit-requests-limit", limit),
                Map.entry("anthropic-ratelimit-requests-remaining", remaining),
                Map.entry("anthropic-ratelimit-requests-reset", at),
                Map.entry("anthropic-ratelimit-tokens-limit", "96000"),
                Map.entry("anthropic-ratelimit-tokens-remaining", "96000"),
                Map.entry("anthropic-ratelimit-tokens-reset", at),
                Map.entry("anthropic-ratelimit-input-tokens-limit", "80000"),
                Map.entry("anthropic-ratelimit-input-tokens-remaining", "80000"),
                Map.entry("anthropic-ratelimit-input-tokens-reset", at),
                Map.entry("anthropic-ratelimit-output-tokens-limit", "16000"),
                Map.entry("anthropic-ratelimit-output-tokens-remaining", "16000"),
                Map.entry("anthropic-ratelimit-output-tokens-reset", at),
                Map.entry("request-id", "req_loopback"));
    }
}
