package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.llm.TokenUsage;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.AgnosticSummary;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of a pipeline run. Not API. */
public final class RunCounters {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> checks = new ConcurrentHashMap<>();
    private final Map<LanguageCode, LongAdder> selected = new ConcurrentHashMap<>();
    private final Map<LanguageCode, LongAdder> translated = new ConcurrentHashMap<>();
    private final Map<LanguageCode, LongAdder> rejected = new ConcurrentHashMap<>();
    private final AtomicReference<TokenUsage> filterUsage = new AtomicReference<>(TokenUsage.ZERO);
    private final AtomicReference<TokenUsage> translationUsage = new AtomicReference<>(TokenUsage.ZERO);

    /** Adds to a named counter. */
    public void add(String name, long n) {
        counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    /** Counts a drop by reason. */
    public void dropped(String reason) {
        dropped.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    /** Counts a failed check. */
    public void failedCheck(String check) {
        checks.computeIfAbsent(check, k -> new LongAdder()).increment();
    }

    /** Counts selected items of a language. */
    public void selected(LanguageCode lang, long n) {
        selected.computeIfAbsent(lang, k -> new LongAdder()).add(n);
    }

    /** Counts an accepted or rejected translation. */
    public void translation(LanguageCode lang, boolean accepted) {
        (accepted ? translated : rejected).computeIfAbsent(lang, k -> new LongAdder()).increment();
    }

    /** Adds culture-filter tokens. */
    public void filterUsage(TokenUsage u) {
        filterUsage.accumulateAndGet(u, TokenUsage::plus);
    }

    /** Adds translation tokens. */
    public void translationUsage(TokenUsage u) {
        translationUsage.accumulateAndGet(u, TokenUsage::plus);
    }

    /** A snapshot. */
    public AgnosticSummary snapshot() {
        return new AgnosticSummary(get("badSourceRecords"), get("judged"), get("reused"), get("kept"), get("dropped"), sum(dropped),
                get("filterErrors"), get("seen"), sum(selected), sum(translated), sum(rejected), sum(checks),
                get("translationErrors"), get("alreadyDone"), get("duplicates"), filterUsage.get(), translationUsage.get(),
                get("rerun"), get("secondPass"), get("recovered"));
    }

    private long get(String name) {
        LongAdder a = counts.get(name);
        return a == null ? 0 : a.sum();
    }

    private static <K> Map<K, Long> sum(Map<K, LongAdder> map) {
        Map<K, Long> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
