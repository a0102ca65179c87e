package io.ultralink.cli.spend;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.usage.ModelPrice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Calls, tokens and cost per stage and language, safe for concurrent use. The stage comes from the
 * request's {@link ChatRequest#stage()} or, when absent, from {@link #scope}; the language from
 * {@link #scope}, which the code driving a stage sets as it moves from language to language.
 */
public final class SpendLedger {

    /**
     * One line of the ledger.
     *
     * @param stage the stage
     * @param language the language, or {@code *} when not known
     * @param calls model calls
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @param cost USD charged: online calls at online prices, batch calls at batch prices
     * @param cacheHits answers replayed from the response cache (not calls, not billed)
     * @param batchCalls the calls answered through a batch API
     * @param onlineCost USD the same calls cost at online prices
     * @param batchCost USD the same calls cost at batch prices
     */
    public record Line(String stage, String language, long calls, long promptTokens, long completionTokens,
            double cost, long cacheHits, long batchCalls, double onlineCost, double batchCost) {
    }

    private static final class Cell {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong prompt = new AtomicLong();
        final AtomicLong completion = new AtomicLong();
        final DoubleAdder cost = new DoubleAdder();
        final AtomicLong cacheHits = new AtomicLong();
        final AtomicLong batchCalls = new AtomicLong();
        final DoubleAdder onlineCost = new DoubleAdder();
        final DoubleAdder batchCost = new DoubleAdder();
    }

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> promptVersions = new ConcurrentHashMap<>();
    private volatile String stage = "unknown";
    private volatile String language = "*";

    /**
     * Sets the stage and language charged for requests that do not name their stage.
     *
     * @param stageName the stage
     * @param languageCode the language, or {@code *}
     */
    public void scope(String stageName, String languageCode) {
        this.stage = stageName;
        this.language = languageCode;
    }

    /**
     * Records one online call whose price is the same either way (no price table, or a failed attempt).
     *
     * @param request the request (for its stage)
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @param cost USD
     */
    public void record(ChatRequest request, long promptTokens, long completionTokens, double cost) {
        record(request, promptTokens, completionTokens, new Costs(cost, cost), ModelPrice.Channel.ONLINE);
    }

    /**
     * What a call costs online and through a batch API.
     *
     * @param online USD at online prices
     * @param batch USD at batch prices
     */
    public record Costs(double online, double batch) {
    }

    /**
     * Records one call, charged by {@code channel}.
     *
     * @param request the request (for its stage)
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @param costs its cost online and through a batch API
     * @param channel how the call was made
     */
    public void record(ChatRequest request, long promptTokens, long completionTokens, Costs costs,
            ModelPrice.Channel channel) {
        String key = request.stage().orElse(stage) + "\u0000" + language;
        request.promptVersion().ifPresent(v -> promptVersions.computeIfAbsent(
                request.stage().orElse(stage) + " " + language, k -> ConcurrentHashMap.newKeySet()).add(v));
        Cell c = cells.computeIfAbsent(key, k -> new Cell());
        c.calls.incrementAndGet();
        c.prompt.addAndGet(promptTokens);
        c.completion.addAndGet(completionTokens);
        boolean batch = channel == ModelPrice.Channel.BATCH;
        c.cost.add(batch ? costs.batch() : costs.online());
        c.onlineCost.add(costs.online());
        c.batchCost.add(costs.batch());
        if (batch) {
            c.batchCalls.incrementAndGet();
        }
    }

    /**
     * Records an answer replayed from the response cache: no call, no tokens billed.
     *
     * @param request the request (for its stage)
     */
    public void recordCacheHit(ChatRequest request) {
        cells.computeIfAbsent(request.stage().orElse(stage) + "\u0000" + language, k -> new Cell()).cacheHits
                .incrementAndGet();
    }

    /** @return answers replayed from the response cache */
    public long cacheHits() {
        return cells.values().stream().mapToLong(c -> c.cacheHits.get()).sum();
    }

    /** @return the lines, sorted by stage then language */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        cells.forEach((k, c) -> {
            String[] parts = k.split("\u0000", 2);
            out.add(new Line(parts[0], parts[1], c.calls.get(), c.prompt.get(), c.completion.get(), c.cost.sum(),
                    c.cacheHits.get(), c.batchCalls.get(), c.onlineCost.sum(), c.batchCost.sum()));
        });
        out.sort(Comparator.comparing(Line::stage).thenComparing(Line::language));
        return out;
    }

    /** @return the prompt versions seen, by {@code "stage language"}, sorted */
    public Map<String, java.util.SortedSet<String>> promptVersions() {
        Map<String, java.util.SortedSet<String>> out = new java.util.TreeMap<>();
        promptVersions.forEach((k, v) -> out.put(k, new java.util.TreeSet<>(v)));
        return out;
    }

    /** @return total calls */
    public long calls() {
        return cells.values().stream().mapToLong(c -> c.calls.get()).sum();
    }

    /** @return total prompt plus completion tokens */
    public long tokens() {
        return cells.values().stream().mapToLong(c -> c.prompt.get() + c.completion.get()).sum();
    }

    /** @return total cost in USD at online prices */
    public double onlineCost() {
        return cells.values().stream().mapToDouble(c -> c.onlineCost.sum()).sum();
    }

    /** @return total cost in USD at batch prices */
    public double batchCost() {
        return cells.values().stream().mapToDouble(c -> c.batchCost.sum()).sum();
    }

    /** @return calls answered through a batch API */
    public long batchCalls() {
        return cells.values().stream().mapToLong(c -> c.batchCalls.get()).sum();
    }

    /** @return total cost in USD charged */
    public double cost() {
        return cells.values().stream().mapToDouble(c -> c.cost.sum()).sum();
    }
}
