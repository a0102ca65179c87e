package io.ultralink.llm.usage;

import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.http.internal.Json;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A snapshot of usage per model and stage, printable as a text table or JSON.
 *
 * @param rows one row per (model, stage), sorted
 * @param currency the currency of the costs
 */
public record UsageReport(List<Row> rows, String currency) {

    /** Copies the rows. */
    public UsageReport {
        rows = List.copyOf(rows);
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Usage of one model in one stage.
     *
     * @param model the model name
     * @param stage the pipeline stage ({@value UsageLedger#NO_STAGE} when unlabelled)
     * @param calls calls made, failed ones included
     * @param failures calls that failed
     * @param usage tokens of the successful calls
     * @param cost their cost, when the model has a price
     */
    public record Row(String model, String stage, long calls, long failures, TokenUsage usage, OptionalDouble cost) {
    }

    /** Sum of all rows' tokens. */
    public TokenUsage totalUsage() {
        return rows.stream().map(Row::usage).reduce(TokenUsage.ZERO, TokenUsage::plus);
    }

    /** Sum of all priced rows' costs. */
    public double totalCost() {
        return rows.stream().mapToDouble(r -> r.cost().orElse(0)).sum();
    }

    /** Total calls. */
    public long totalCalls() {
        return rows.stream().mapToLong(Row::calls).sum();
    }

    /** A fixed-width text table with a total line. */
    public String toText() {
        String format = "%-28s %-14s %8s %8s %12s %12s %12s %12s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "model", "stage", "calls", "failed",
                "prompt", "cached", "completion", "cost " + currency));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, format, r.model(), r.stage(), r.calls(), r.failures(),
                    r.usage().promptTokens(), r.usage().cachedPromptTokens(), r.usage().completionTokens(),
                    r.cost().isPresent() ? String.format(Locale.ROOT, "%.4f", r.cost().getAsDouble()) : "-"));
        }
        TokenUsage total = totalUsage();
        out.append(String.format(Locale.ROOT, format, "total", "", totalCalls(),
                rows.stream().mapToLong(Row::failures).sum(), total.promptTokens(), total.cachedPromptTokens(),
                total.completionTokens(), String.format(Locale.ROOT, "%.4f", totalCost())));
        return out.toString();
    }

    /** The report as a JSON object with {@code currency}, {@code rows} and {@code total}. */
    public String toJson() {
        ObjectNode root = Json.object().put("currency", currency);
        ArrayNode array = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode row = array.addObject().put("model", r.model()).put("stage", r.stage()).put("calls", r.calls())
                    .put("failures", r.failures());
            tokens(row, r.usage());
            r.cost().ifPresent(c -> row.put("cost", c));
        }
        ObjectNode total = root.putObject("total").put("calls", totalCalls());
        tokens(total, totalUsage());
        total.put("cost", totalCost());
        return Json.MAPPER.writeValueAsString(root);
    }

    private static void tokens(ObjectNode node, TokenUsage usage) {
        node.put("prompt_tokens", usage.promptTokens()).put("cached_prompt_tokens", usage.cachedPromptTokens())
                .put("completion_tokens", usage.completionTokens());
    }

    @Override
    public String toString() {
        return toText();
    }
}
