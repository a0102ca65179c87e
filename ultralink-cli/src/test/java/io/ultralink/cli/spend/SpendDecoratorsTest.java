package io.ultralink.cli.spend;

import io.ultralink.llm.usage.UsageLedger;
import io.ultralink.llm.usage.MeteringChatModel;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.UsageLabels;
import io.ultralink.llm.usage.PriceTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import io.ultralink.tokens.TokenCounter;
import io.ultralink.tokens.WordTokenCounter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpendDecoratorsTest {

    static final TokenCounter WORDS = WordTokenCounter.INSTANCE;

    private static ChatRequest request(String stage, String system, String user, Integer maxTokens) {
        ChatRequest.Builder b = ChatRequest.builder().addMessage(Message.system(system)).addMessage(Message.user(user))
                .stage(stage);
        if (maxTokens != null) {
            b.maxTokens(maxTokens);
        }
        return b.build();
    }

    @Test
    void forecast_tinyInput_matchesHandCount() {
        PriceTable prices = new PriceTable("USD", Map.of("gpt-x", new ModelPrice(1_000_000, 1_000_000, 2_000_000)));
        UsageLedger ledger = new UsageLedger(prices);
        ForecastingChatModel forecaster = new ForecastingChatModel(WORDS, ledger, "gpt-x");
        ChatModel model = UsageLabels.label(forecaster, "generate", "fr");
        // system 3 words + 4, user "Lis. <document> un deux trois quatre </document> Pourquoi ?" = 9 words + 4 -> 20
        ChatResponse r1 = model.chat(request("generate", "ask one question",
                "Lis. <document> un deux trois quatre </document> Pourquoi ?", 2));
        // 2 + 4 + 6 + 4 = 16 prompt; completion = document (4 words) for a translation
        model = UsageLabels.label(forecaster, "translate", "es");
        ChatResponse r2 = model.chat(request("translate", "translate this", "one two three four five six", null));
        ChatResponse r3 = model.chat(request("filter", "judge it", "a b", 100));

        assertThat(r1.usage()).isEqualTo(new TokenUsage(20, 0, 2));
        assertThat("un deux trois quatre").startsWith(r1.text());
        assertThat(r1.text()).hasSizeLessThan("un deux trois quatre".length());
        assertThat(r2.usage()).isEqualTo(new TokenUsage(16, 0, 6));
        assertThat(r2.text()).isEqualTo("one two three four five six");
        assertThat(r3.usage().completionTokens()).isEqualTo(ForecastingChatModel.VERDICT_TOKENS);
        assertThat(ledger.calls()).isEqualTo(3);
        List<UsageLedger.Line> lines = ledger.lines();
        assertThat(lines).extracting(UsageLedger.Line::stage).containsExactly("filter", "generate", "translate");
        UsageLedger.Line gen = lines.get(1);
        assertThat(gen.language()).isEqualTo("fr");
        // cost: 20 prompt * $1 + 2 completion * $2 per token; through a batch API half of it
        assertThat(gen.cost()).isCloseTo(24.0, within(1e-9));
        assertThat(gen.batchCost()).isCloseTo(12.0, within(1e-9));
        assertThat(gen.model()).isEqualTo("gpt-x");
        assertThat(lines.get(2).language()).isEqualTo("es");
        assertThat(ledger.tokens()).isEqualTo(20 + 2 + 16 + 6 + (2 + 4 + 2 + 4) + 40);
    }

    @Test
    void limiting_maxCalls_stopsBeforeTheNextCall() {
        UsageLedger ledger = new UsageLedger();
        AtomicInteger calls = new AtomicInteger();
        ChatModel real = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                calls.incrementAndGet();
                return new ChatResponse("ok", FinishReason.STOP, new TokenUsage(10, 0, 5), "m");
            }

            @Override
            public String modelName() {
                return "m";
            }
        };
        ChatModel capped = new LimitingChatModel(new MeteringChatModel(real, ledger), ledger,
                OptionalLong.of(2), OptionalDouble.empty());
        ChatRequest req = request("generate", "s", "u", null);

        capped.chat(req);
        capped.chat(req);

        assertThatThrownBy(() -> capped.chat(req)).isInstanceOf(LimitReachedException.class)
                .hasMessageContaining("--max-calls 2");
        assertThat(calls.get()).isEqualTo(2);
        assertThat(ledger.tokens()).isEqualTo(30);
    }

    @Test
    void limiting_maxCost_stopsOnceReached() {
        UsageLedger ledger = new UsageLedger(new PriceTable("USD", Map.of(PriceTable.DEFAULT,
                new ModelPrice(0.5, 0.5, 1))));
        ChatModel real = new ChatModel() {
            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse("ok", FinishReason.STOP, new TokenUsage(1_000_000, 0, 0), "paid");
            }

            @Override
            public String modelName() {
                return "paid";
            }
        };
        ChatModel capped = new LimitingChatModel(new MeteringChatModel(real, ledger), ledger,
                OptionalLong.empty(), OptionalDouble.of(1.0));
        ChatRequest req = request("translate", "s", "u", null);

        capped.chat(req);
        capped.chat(req);

        assertThatThrownBy(() -> capped.chat(req)).isInstanceOf(LimitReachedException.class)
                .hasMessageContaining("--max-cost");
        assertThat(ledger.cost()).isCloseTo(1.0, within(1e-9));
    }
}
