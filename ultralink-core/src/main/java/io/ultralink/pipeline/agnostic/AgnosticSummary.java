package io.ultralink.pipeline.agnostic;

import io.ultralink.llm.TokenUsage;
import io.ultralink.model.LanguageCode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a language-agnostic run did, with counts by reason (for the CLI report and the dataset
 * card's rejection rates).
 *
 * @param badSourceRecords source records that could not be read (listed in {@code failures.jsonl})
 * @param judged conversations the culture filter decided in this run (model or pre-check)
 * @param verdictsReused conversations whose verdict came from the audit file of an earlier run
 * @param kept conversations the culture filter kept (this run and reused)
 * @param dropped conversations the culture filter dropped (this run and reused)
 * @param droppedByReason drops per criterion ({@code places}, ...) or pre-check ({@code precheck:url})
 * @param filterErrors conversations the judge failed on (recorded; judged again on resume)
 * @param seen items the pruner read
 * @param selected items selected per language
 * @param translated translations accepted per language in this run
 * @param rejected translations rejected per language in this run
 * @param rejectedByCheck failed checks of rejected translations, per check name
 * @param translationErrors model failures during translation (recorded; retried on resume)
 * @param alreadyDone items skipped because an earlier run finished them
 * @param duplicates selected items skipped because an item with the same id was already handled
 * @param filterUsage tokens spent by the culture filter
 * @param translationUsage tokens spent translating
 * @param rerun verdicts and translations of an earlier run made under another fingerprint and done
 *     again ({@link io.ultralink.run.ResumeMode#RERUN_CHANGED})
 * @param secondPass judgements and translations that failed and were tried once more at the end
 * @param recovered of those, the ones that then succeeded
 */
public record AgnosticSummary(long badSourceRecords, long judged, long verdictsReused, long kept, long dropped,
        Map<String, Long> droppedByReason, long filterErrors, long seen, Map<LanguageCode, Long> selected,
        Map<LanguageCode, Long> translated, Map<LanguageCode, Long> rejected, Map<String, Long> rejectedByCheck,
        long translationErrors, long alreadyDone, long duplicates, TokenUsage filterUsage, TokenUsage translationUsage,
        long rerun, long secondPass, long recovered) {

    /** Copies the maps into sorted, unmodifiable ones. */
    public AgnosticSummary {
        droppedByReason = sorted(droppedByReason);
        selected = sorted(selected);
        translated = sorted(translated);
        rejected = sorted(rejected);
        rejectedByCheck = sorted(rejectedByCheck);
        Objects.requireNonNull(filterUsage, "filterUsage");
        Objects.requireNonNull(translationUsage, "translationUsage");
    }

    /** The share of translations rejected for {@code language} in this run (0 when none were tried). */
    public double rejectionRate(LanguageCode language) {
        long ok = translated.getOrDefault(language, 0L);
        long bad = rejected.getOrDefault(language, 0L);
        return ok + bad == 0 ? 0 : (double) bad / (ok + bad);
    }

    /**
     * The money spent per stage at the given prices per million prompt and completion tokens.
     *
     * @return {@code {"filter": cost, "translate": cost}}
     */
    public Map<String, Double> cost(double promptPerMillion, double completionPerMillion) {
        Map<String, Double> out = new TreeMap<>();
        out.put("filter", price(filterUsage, promptPerMillion, completionPerMillion));
        out.put("translate", price(translationUsage, promptPerMillion, completionPerMillion));
        return out;
    }

    /** A multi-line, human-readable report. */
    public String report() {
        return String.format(java.util.Locale.ROOT,
                "source: bad records %d%n"
                        + "culture filter: judged %d, reused %d, kept %d, dropped %d %s, errors %d%n"
                        + "pruning: seen %d, selected %s%n"
                        + "translation: accepted %s, rejected %s by check %s, errors %d, already done %d,"
                        + " duplicates %d%n"
                        + "resume: redone after a change %d, tried again at the end %d (recovered %d)%n"
                        + "tokens: filter %d prompt + %d completion, translate %d prompt + %d completion",
                badSourceRecords, judged, verdictsReused, kept, dropped, droppedByReason, filterErrors, seen, selected,
                translated, rejected, rejectedByCheck, translationErrors, alreadyDone, duplicates, rerun, secondPass,
                recovered, filterUsage.promptTokens(),
                filterUsage.completionTokens(), translationUsage.promptTokens(), translationUsage.completionTokens());
    }

    private static double price(TokenUsage u, double prompt, double completion) {
        return (u.promptTokens() * prompt + u.completionTokens() * completion) / 1_000_000d;
    }

    private static <K extends Comparable<K>> Map<K, Long> sorted(Map<K, Long> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(map, "map")));
    }
}
