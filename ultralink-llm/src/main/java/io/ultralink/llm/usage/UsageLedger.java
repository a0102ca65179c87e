package io.ultralink.llm.usage;

import io.ultralink.llm.TokenUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe running totals of calls, failures and tokens per (model, stage). Several
 * {@link UsageTracker}s may share one ledger; {@link #report} takes a consistent-enough snapshot
 * while calls continue.
 */
public final class UsageLedger {

    /** The stage name used for calls that carry none. */
    public static final String NO_STAGE = "-";

    private final Map<Key, Counters> counters = new ConcurrentHashMap<>();

    /** Records a successful call. */
    public void recordSuccess(String model, String stage, TokenUsage usage) {
        Counters c = counters(model, stage);
        c.calls.increment();
        c.prompt.add(usage.promptTokens());
        c.cached.add(usage.cachedPromptTokens());
        c.completion.add(usage.completionTokens());
    }

    /** Records a failed call. */
    public void recordFailure(String model, String stage) {
        Counters c = counters(model, stage);
        c.calls.increment();
        c.failures.increment();
    }

    private Counters counters(String model, String stage) {
        return counters.computeIfAbsent(new Key(Objects.requireNonNull(model, "model"),
                stage == null || stage.isBlank() ? NO_STAGE : stage), k -> new Counters());
    }

    /** A snapshot priced with {@code prices} (an empty table gives no costs). */
    public UsageReport report(PriceTable prices) {
        Objects.requireNonNull(prices, "prices");
        List<UsageReport.Row> rows = new ArrayList<>();
        counters.forEach((key, c) -> {
            TokenUsage usage = new TokenUsage(c.prompt.sum(), Math.min(c.cached.sum(), c.prompt.sum()),
                    c.completion.sum());
            rows.add(new UsageReport.Row(key.model, key.stage, c.calls.sum(), c.failures.sum(), usage,
                    prices.cost(key.model, usage)));
        });
        rows.sort(Comparator.comparing(UsageReport.Row::model).thenComparing(UsageReport.Row::stage));
        return new UsageReport(rows, prices.currency());
    }

    /** A snapshot without prices. */
    public UsageReport report() {
        return report(PriceTable.empty());
    }

    private record Key(String model, String stage) {
    }

    private static final class Counters {
        final LongAdder calls = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder prompt = new LongAdder();
        final LongAdder cached = new LongAdder();
        final LongAdder completion = new LongAdder();
    }
}
