package io.ultralink.mix;

import io.ultralink.internal.TextShingles;
import io.ultralink.mix.internal.MinHashIndex;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.SftRecord;
import io.ultralink.prune.internal.StableHash;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes duplicate records, in three passes within each language and type, keeping the first of each group
 * in the given order:
 * <ol>
 *   <li>{@link Reason#SAME_SOURCE}: translated records (those whose {@code source_id} metadata names an item
 *       translated into several languages) keep one record per source per language;</li>
 *   <li>{@link Reason#EXACT}: records whose normalised text (case folded, NFKC, punctuation dropped,
 *       whitespace collapsed) is equal, by a 64-bit hash;</li>
 *   <li>{@link Reason#NEAR}: records whose character 4-gram sets have a Jaccard similarity of at least the
 *       threshold (default 0.7: two small edits in a 45-character Chinese item score 0.71, two questions on one topic 0.38), found by MinHash LSH and confirmed exactly.</li>
 * </ol>
 * Deterministic for a given input order. Not thread-safe.
 *
 * <pre>{@code
 * Deduplicator.Result r = Deduplicator.withThreshold(0.7).deduplicate(records);
 * ReleaseFiles.write(dir, r.kept());
 * }</pre>
 */
public final class Deduplicator {

    /** Why a record was removed. */
    public enum Reason {
        /** Another record of the same language and type was translated from the same source. */
        SAME_SOURCE,
        /** Same normalised text as a kept record. */
        EXACT,
        /** Nearly the same text as a kept record. */
        NEAR
    }

    /**
     * What deduplication did.
     *
     * @param kept the records kept, in input order
     * @param removed per {@code "lang_type"} and reason, how many records were removed
     */
    public record Result(List<SftRecord> kept, Map<String, Map<Reason, Long>> removed) {

        /** Copies the lists. */
        public Result {
            kept = List.copyOf(kept);
            Map.copyOf(removed); // no null keys or values
            removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
        }

        /** Records removed for {@code reason}, over all languages and types. */
        public long removed(Reason reason) {
            return removed.values().stream().mapToLong(m -> m.getOrDefault(reason, 0L)).sum();
        }
    }

    /** Default near-duplicate threshold (Jaccard of character 4-grams). */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private final double threshold;

    private Deduplicator(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    /** A deduplicator with the default threshold. */
    public static Deduplicator create() {
        return new Deduplicator(DEFAULT_THRESHOLD);
    }

    /** A deduplicator calling records near duplicates at 4-gram Jaccard {@code threshold} or more. */
    public static Deduplicator withThreshold(double threshold) {
        return new Deduplicator(threshold);
    }

    /** Deduplicates {@code records}. */
    public Result deduplicate(List<SftRecord> records) {
        Objects.requireNonNull(records, "records");
        Map<String, Group> groups = new HashMap<>();
        List<SftRecord> kept = new ArrayList<>();
        Map<String, Map<Reason, Long>> removed = new TreeMap<>();
        for (SftRecord r : records) {
            String key = key(r.language(), r.type());
            Group g = groups.computeIfAbsent(key, k -> new Group(threshold));
            Reason reason = g.check(r);
            if (reason == null) {
                kept.add(r);
            } else {
                removed.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(reason, 1L, Long::sum);
            }
        }
        return new Result(kept, removed);
    }

    private static String key(LanguageCode lang, DataType type) {
        return lang.code() + "_" + type.fileToken();
    }

    /** The text a record is compared on: every message, in order. */
    static String text(SftRecord r) {
        StringBuilder sb = new StringBuilder();
        for (Message m : r.messages()) {
            sb.append(m.content()).append('\n');
        }
        return sb.toString();
    }

    private static final class Group {
        private final Set<String> sources = new HashSet<>();
        private final Set<Long> exact = new HashSet<>();
        private final MinHashIndex near;

        Group(double threshold) {
            near = new MinHashIndex(threshold);
        }

        Reason check(SftRecord r) {
            String source = r.metadata().get(MetadataKeys.SOURCE_ID);
            boolean translated = source != null && !r.type().equals(DataType.CHAT_SPECIFIC);
            if (translated && !sources.add(source)) {
                return Reason.SAME_SOURCE;
            }
            String text = text(r);
            if (!exact.add(StableHash.hash(17, TextShingles.normalise(text)))) {
                return Reason.EXACT;
            }
            return near.addOrMatch(text).isPresent() ? Reason.NEAR : null;
        }
    }
}
