package io.ultralink.llm.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageLedgerTest {

    @TempDir
    Path dir;

    /** Answers with 1,000 prompt tokens (400 cached) and 200 completion; fails on "fail", refuses on "429". */
    private static final class FixedModel implements ChatModel {
        private final String name;

        FixedModel(String name) {
            this.name = name;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            String text = request.messages().get(0).content();
            if (text.equals("fail")) {
                throw new TransientLlmException("boom");
            }
            if (text.equals("429")) {
                throw new RateLimitedException("slow down", null);
            }
            return new ChatResponse("ok", FinishReason.STOP, new TokenUsage(1000, 400, 200), name);
        }

        @Override
        public String modelName() {
            return name;
        }
    }

    private static ChatRequest request(String text, String stage) {
        ChatRequest.Builder b = ChatRequest.builder().addMessage(Message.user(text));
        return stage == null ? b.build() : b.stage(stage).build();
    }

    private static final PriceTable PRICES = new PriceTable("USD", Map.of("gpt-4o-mini",
            new ModelPrice(0.15, 0.075, 0.60)));

    @Test
    void lines_byModelStageAndLanguage_countEveryBilledAttemptButNotRateLimitRefusals() {
        UsageLedger ledger = new UsageLedger(PRICES);
        ChatModel mini = UsageLabels.label(new MeteringChatModel(new FixedModel("gpt-4o-mini-2024-07-18"), ledger),
                "generate", "fr");
        ChatModel local = new MeteringChatModel(new FixedModel("local"), ledger);
        mini.chat(request("q", "question"));
        mini.chat(request("q", "question"));
        mini.chat(request("a", null));
        local.chat(request("a", null));
        assertThatThrownBy(() -> mini.chat(request("fail", "question"))).isInstanceOf(TransientLlmException.class);
        assertThatThrownBy(() -> mini.chat(request("429", "question"))).isInstanceOf(RateLimitedException.class);

        assertThat(ledger.lines()).extracting(UsageLedger.Line::stage, UsageLedger.Line::language,
                UsageLedger.Line::model, UsageLedger.Line::calls, UsageLedger.Line::failures).containsExactly(
                        tuple("*", "*", "local", 1L, 0L),
                        tuple("generate", "fr", "gpt-4o-mini-2024-07-18", 1L, 0L),
                        tuple("question", "fr", "gpt-4o-mini-2024-07-18", 3L, 1L));
        UsageLedger.Line question = ledger.lines().get(2);
        assertThat(question.promptTokens()).isEqualTo(2000);
        assertThat(question.cachedPromptTokens()).isEqualTo(800);
        // 1,200 uncached × 0.15 + 800 cached × 0.075 + 400 × 0.60, per million
        assertThat(question.cost()).isCloseTo(0.00048, within(1e-12));
        assertThat(ledger.lines().get(0).cost()).isZero();
        assertThat(ledger.calls()).isEqualTo(5);
    }

    @Test
    void recordCall_throughABatchApi_isChargedAtBatchPrices_andKeepsTheOnlineFigure() {
        UsageLedger ledger = new UsageLedger(new PriceTable("USD", Map.of("gpt-4o-mini",
                new ModelPrice(0.15, 0.075, 0.60), "m2", new ModelPrice(1, 1, 1, 0.3, 0.3, 0.3))));
        ChatModel batch = new MeteringChatModel(new FixedModel("gpt-4o-mini"), ledger, ModelPrice.Channel.BATCH);
        ChatModel online = new MeteringChatModel(new FixedModel("gpt-4o-mini"), ledger, ModelPrice.Channel.ONLINE);
        ChatModel explicit = new MeteringChatModel(new FixedModel("m2"), ledger, ModelPrice.Channel.BATCH);

        batch.chat(request("q", "answer"));
        online.chat(request("q", "question"));
        explicit.chat(request("q", "judge"));

        Map<String, UsageLedger.Line> byStage = Map.of("answer", ledger.lines().get(0), "judge",
                ledger.lines().get(1), "question", ledger.lines().get(2));
        // 600 uncached × 0.15 + 400 cached × 0.075 + 200 × 0.60 per million online
        assertThat(byStage.get("answer").cost()).as("default batch price: half").isCloseTo(0.00012, within(1e-12));
        assertThat(byStage.get("answer").onlineCost()).isCloseTo(0.00024, within(1e-12));
        assertThat(byStage.get("answer").batchCalls()).isEqualTo(1);
        assertThat(byStage.get("question").cost()).isCloseTo(0.00024, within(1e-12));
        assertThat(byStage.get("question").batchCost()).isCloseTo(0.00012, within(1e-12));
        assertThat(byStage.get("judge").cost()).as("configured batch price").isCloseTo(1200 * 0.3 / 1e6, within(1e-12));
        assertThat(ledger.batchCalls()).isEqualTo(2);
        assertThat(ledger.cost()).isCloseTo(0.00012 + 0.00024 + 0.00036, within(1e-12));
    }

    @Test
    void costOrDefault_unlistedModel_usesTheDefaultEntry() {
        PriceTable table = new PriceTable("USD", Map.of(PriceTable.DEFAULT, new ModelPrice(1, 1, 2)));

        assertThat(table.costOrDefault("anything", new TokenUsage(1_000_000, 0, 1_000_000), ModelPrice.Channel.BATCH))
                .isCloseTo(1.5, within(1e-12));
        assertThat(PriceTable.empty().costOrDefault("x", new TokenUsage(5, 0, 5), ModelPrice.Channel.ONLINE)).isZero();
    }

    @Test
    void priceTable_yamlAndJson_loadSamePricesWithBatchDefaults() throws Exception {
        Path yaml = Files.writeString(dir.resolve("prices.yaml"), "currency: EUR\nmodels:\n"
                + "  gpt-4o: {input: 2.5, cached_input: 1.25, output: 10, batch_output: 4}\n"
                + "  gpt-4o-mini: {input: 0.15, output: 0.6}\n");
        Path json = Files.writeString(dir.resolve("prices.json"), "{\"currency\":\"EUR\",\"models\":{"
                + "\"gpt-4o\":{\"input\":2.5,\"cached_input\":1.25,\"output\":10,\"batch_output\":4},"
                + "\"gpt-4o-mini\":{\"input\":0.15,\"output\":0.6}}}");

        for (Path file : List.of(yaml, json)) {
            PriceTable table = PriceTable.load(file);
            assertThat(table.currency()).isEqualTo("EUR");
            assertThat(table.priceOf("gpt-4o-mini-2024-07-18")).contains(new ModelPrice(0.15, 0.15, 0.6));
            assertThat(table.priceOf("gpt-4o-2024-08-06")).contains(new ModelPrice(2.5, 1.25, 10, 1.25, 0.625, 4));
            assertThat(table.priceOf("claude")).isEmpty();
        }
    }

    @Test
    void priceTable_badEntry_failsNamingFileModelAndField() throws Exception {
        Path yaml = Files.writeString(dir.resolve("bad.yaml"), "models:\n  m1: {input: cheap, output: 1}\n");

        assertThatThrownBy(() -> PriceTable.load(yaml)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining("m1").hasMessageContaining("input");
    }
}
