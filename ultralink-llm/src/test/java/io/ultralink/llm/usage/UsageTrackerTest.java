package io.ultralink.llm.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.http.internal.Json;
import io.ultralink.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class UsageTrackerTest {

    @TempDir
    Path dir;

    /** Answers with fixed usage: 1,000 prompt tokens of which 400 cached, 200 completion; fails on "fail". */
    private static final class FixedModel implements ChatModel {
        private final String name;

        FixedModel(String name) {
            this.name = name;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            if (request.messages().get(0).content().equals("fail")) {
                throw new TransientLlmException("boom");
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
    void report_callsPerModelAndStage_tokensAndCosts() {
        UsageLedger ledger = new UsageLedger();
        UsageTracker mini = new UsageTracker(new FixedModel("gpt-4o-mini-2024-07-18"), ledger);
        UsageTracker other = new UsageTracker(new FixedModel("local"), ledger);
        mini.chat(request("q", "question"));
        mini.chat(request("q", "question"));
        mini.chat(request("a", "answer"));
        other.chat(request("a", null));
        assertThatThrownBy(() -> mini.chat(request("fail", "answer"))).isInstanceOf(TransientLlmException.class);

        UsageReport report = ledger.report(PRICES);

        assertThat(report.rows()).extracting(UsageReport.Row::model, UsageReport.Row::stage, UsageReport.Row::calls,
                UsageReport.Row::failures).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gpt-4o-mini-2024-07-18", "answer", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("gpt-4o-mini-2024-07-18", "question", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("local", "-", 1L, 0L));
        UsageReport.Row question = report.rows().get(1);
        assertThat(question.usage()).isEqualTo(new TokenUsage(2000, 800, 400));
        // 1,200 uncached × 0.15 + 800 cached × 0.075 + 400 × 0.60, per million
        assertThat(question.cost().getAsDouble()).isCloseTo(0.00048, within(1e-12));
        assertThat(report.rows().get(2).cost()).isEmpty();
        assertThat(report.totalUsage()).isEqualTo(new TokenUsage(4000, 1600, 800));
        assertThat(report.totalCalls()).isEqualTo(5);
    }

    @Test
    void report_text_hasHeaderRowsAndTotal() {
        UsageTracker tracker = new UsageTracker(new FixedModel("gpt-4o-mini"));
        tracker.chat(request("q", "translate"));

        List<String> lines = tracker.report(PRICES).toText().lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("model", "stage", "cached", "cost USD");
        assertThat(lines.get(1)).contains("gpt-4o-mini", "translate", "1000", "400", "200", "0.0002");
        assertThat(lines.get(2)).startsWith("total");
    }

    @Test
    void report_json_parsesBackWithTotals() throws Exception {
        UsageTracker tracker = new UsageTracker(new FixedModel("gpt-4o-mini"));
        tracker.chatAsync(request("q", "translate")).get();

        JsonNode json = Json.MAPPER.readTree(tracker.report(PRICES).toJson());

        assertThat(json.path("currency").asString()).isEqualTo("USD");
        assertThat(json.path("rows").path(0).path("stage").asString()).isEqualTo("translate");
        assertThat(json.path("rows").path(0).path("cached_prompt_tokens").asLong()).isEqualTo(400);
        assertThat(json.path("total").path("completion_tokens").asLong()).isEqualTo(200);
        assertThat(json.path("total").path("cost").asDouble()).isPositive();
    }

    @Test
    void priceTable_yamlAndJson_loadSamePrices() throws Exception {
        Path yaml = Files.writeString(dir.resolve("prices.yaml"), "currency: EUR\nmodels:\n"
                + "  gpt-4o: {input: 2.5, cached_input: 1.25, output: 10}\n  gpt-4o-mini: {input: 0.15, output: 0.6}\n");
        Path json = Files.writeString(dir.resolve("prices.json"), "{\"currency\":\"EUR\",\"models\":{"
                + "\"gpt-4o\":{\"input\":2.5,\"cached_input\":1.25,\"output\":10},"
                + "\"gpt-4o-mini\":{\"input\":0.15,\"output\":0.6}}}");

        for (Path file : List.of(yaml, json)) {
            PriceTable table = PriceTable.load(file);
            assertThat(table.currency()).isEqualTo("EUR");
            assertThat(table.priceOf("gpt-4o-mini-2024-07-18")).contains(new ModelPrice(0.15, 0.15, 0.6));
            assertThat(table.priceOf("gpt-4o-2024-08-06")).contains(new ModelPrice(2.5, 1.25, 10));
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
