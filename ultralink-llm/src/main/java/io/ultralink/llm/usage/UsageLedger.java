package io.ultralink.llm.usage;

import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.TokenUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls, tokens and cost by model, stage and language: every billed attempt of a run, online or
 * through a batch API, each priced at the moment it is recorded at online and at batch prices (and
 * charged by the channel it went through), plus answers replayed from the response cache. The stage
 * and language come from the request's labels ({@link ChatRequest#stage()}, {@link ChatRequest#language()},
 * see {@link UsageLabels}), {@value #UNLABELLED} when absent. Safe for concurrent use.
 */
public final class UsageLedger {

    /** The stage or language of a call that carries none. */
    public static final String UNLABELLED = "*";

    /**
     * One line of the ledger.
     *
     * @param model the model that answered (or was asked, for a failed attempt)
     * @param stage the stage
     * @param language the language
     * @param calls billed attempts
     * @param failures attempts that reached the model and failed (no tokens)
     * @param promptTokens prompt tokens
     * @param cachedPromptTokens the part of them served from the provider's cache
     * @param completionTokens completion tokens
     * @param cost charged: online calls at online prices, batch calls at batch prices
     * @param onlineCost the same calls at online prices
     * @param batchCost the same calls at batch prices
     * @param batchCalls calls answered through a batch API
     * @param cacheHits answers replayed from the response cache (not calls, not billed)
     */
    public record Line(String model, String stage, String language, long calls, long failures, long promptTokens,
            long cachedPromptTokens, long completionTokens, double cost, double onlineCost, double batchCost,
            long batchCalls, long cacheHits) {
    }

    private record Key(String model, String stage, String language) {
    }

    private static final class Cell {
        final LongAdder calls = new LongAdder();
        final LongAdder failures = new LongAdder();
        final LongAdder prompt = new LongAdder();
        final LongAdder cached = new LongAdder();
        final LongAdder completion = new LongAdder();
        final DoubleAdder cost = new DoubleAdder();
        final DoubleAdder onlineCost = new DoubleAdder();
        final DoubleAdder batchCost = new DoubleAdder();
        final LongAdder batchCalls = new LongAdder();
        final LongAdder cacheHits = new LongAdder();
    }

    private final PriceTable prices;
    private final Map<Key, Cell> cells = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> promptVersions = new ConcurrentHashMap<>();

    /** A ledger pricing calls by {@code prices}. */
    public UsageLedger(PriceTable prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /** A ledger without prices (no cost). */
    public UsageLedger() {
        this(PriceTable.empty());
    }

    /** The price table calls are priced by. */
    public PriceTable prices() {
        return prices;
    }

    /**
     * Records an answered attempt.
     *
     * @param model the model that answered, as priced
     * @param request the request (for its labels)
     * @param usage the tokens reported
     * @param channel how the call was made, which decides what it is charged
     */
    public void recordCall(String model, ChatRequest request, TokenUsage usage, ModelPrice.Channel channel) {
        Cell c = cell(model, request);
        c.calls.increment();
        c.prompt.add(usage.promptTokens());
        c.cached.add(usage.cachedPromptTokens());
        c.completion.add(usage.completionTokens());
        double online = prices.costOrDefault(model, usage, ModelPrice.Channel.ONLINE);
        double batch = prices.costOrDefault(model, usage, ModelPrice.Channel.BATCH);
        c.onlineCost.add(online);
        c.batchCost.add(batch);
        c.cost.add(channel == ModelPrice.Channel.BATCH ? batch : online);
        if (channel == ModelPrice.Channel.BATCH) {
            c.batchCalls.increment();
        }
    }

    /** Records an attempt that reached {@code model} and failed: one call, no tokens. */
    public void recordFailure(String model, ChatRequest request) {
        Cell c = cell(model, request);
        c.calls.increment();
        c.failures.increment();
    }

    /** Records an answer replayed from the response cache: no call, nothing billed. */
    public void recordCacheHit(String model, ChatRequest request) {
        cell(model, request).cacheHits.increment();
    }

    private Cell cell(String model, ChatRequest request) {
        String stage = request.stage().orElse(UNLABELLED);
        String language = request.language().orElse(UNLABELLED);
        request.promptVersion().ifPresent(v -> promptVersions.computeIfAbsent(stage + " " + language,
                k -> ConcurrentHashMap.newKeySet()).add(v));
        return cells.computeIfAbsent(new Key(Objects.requireNonNull(model, "model"), stage, language),
                k -> new Cell());
    }

    /** The lines, sorted by stage, language, then model. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        cells.forEach((k, c) -> out.add(new Line(k.model(), k.stage(), k.language(), c.calls.sum(),
                c.failures.sum(), c.prompt.sum(), c.cached.sum(), c.completion.sum(), c.cost.sum(),
                c.onlineCost.sum(), c.batchCost.sum(), c.batchCalls.sum(), c.cacheHits.sum())));
        out.sort(Comparator.comparing(Line::stage).thenComparing(Line::language).thenComparing(Line::model));
        return out;
    }

    /** The prompt versions seen, by {@code "stage language"}, sorted. */
    public Map<String, SortedSet<String>> promptVersions() {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        promptVersions.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }

    /** Billed attempts. */
    public long calls() {
        return cells.values().stream().mapToLong(c -> c.calls.sum()).sum();
    }

    /** Calls answered through a batch API. */
    public long batchCalls() {
        return cells.values().stream().mapToLong(c -> c.batchCalls.sum()).sum();
    }

    /** Prompt plus completion tokens. */
    public long tokens() {
        return cells.values().stream().mapToLong(c -> c.prompt.sum() + c.completion.sum()).sum();
    }

    /** Cost charged. */
    public double cost() {
        return cells.values().stream().mapToDouble(c -> c.cost.sum()).sum();
    }

    /** Cost of every call at online prices. */
    public double onlineCost() {
        return cells.values().stream().mapToDouble(c -> c.onlineCost.sum()).sum();
    }

    /** Cost of every call at batch prices. */
    public double batchCost() {
        return cells.values().stream().mapToDouble(c -> c.batchCost.sum()).sum();
    }

    /** Answers replayed from the response cache. */
    public long cacheHits() {
        return cells.values().stream().mapToLong(c -> c.cacheHits.sum()).sum();
    }
}
