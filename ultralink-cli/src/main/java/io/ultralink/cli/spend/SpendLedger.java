package io.ultralink.cli.spend;

import io.ultralink.llm.ChatRequest;
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
     * @param cost USD
     * @param cacheHits answers replayed from the response cache (not calls, not billed)
     */
    public record Line(String stage, String language, long calls, long promptTokens, long completionTokens,
            double cost, long cacheHits) {
    }

    private static final class Cell {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong prompt = new AtomicLong();
        final AtomicLong completion = new AtomicLong();
        final DoubleAdder cost = new DoubleAdder();
        final AtomicLong cacheHits = new AtomicLong();
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
     * Records one call.
     *
     * @param request the request (for its stage)
     * @param promptTokens prompt tokens
     * @param completionTokens completion tokens
     * @param cost USD
     */
    public void record(ChatRequest request, long promptTokens, long completionTokens, double cost) {
        String key = request.stage().orElse(stage) + "\u0000" + language;
        request.promptVersion().ifPresent(v -> promptVersions.computeIfAbsent(
                request.stage().orElse(stage) + " " + language, k -> ConcurrentHashMap.newKeySet()).add(v));
        Cell c = cells.computeIfAbsent(key, k -> new Cell());
        c.calls.incrementAndGet();
        c.prompt.addAndGet(promptTokens);
        c.completion.addAndGet(completionTokens);
        c.cost.add(cost);
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
                    c.cacheHits.get()));
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

    /** @return total cost in USD */
    public double cost() {
        return cells.values().stream().mapToDouble(c -> c.cost.sum()).sum();
    }
}
