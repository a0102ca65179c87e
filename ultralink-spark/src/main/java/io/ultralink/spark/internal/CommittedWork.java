package io.ultralink.spark.internal;

import static org.apache.spark.sql.functions.col;

import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.Lookup;
import io.ultralink.run.ResumeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What earlier Spark runs committed into one output Dataset (verdicts, translations or generated dialogues): for
 * every unit (a source id, with its language for translations; a segment id with its language for dialogues) the
 * row of the latest run, which is the one that counts. A rerun looks
 * its units up here, as the single-machine run looks them up in its journal: done under the same fingerprint and
 * input is reused, made under another one is changed ({@link #enforce} refuses it under {@link ResumeMode#RESUME}).
 * Not API.
 */
public final class CommittedWork {

    private record Entry(String fingerprint, String input, long n, String outcome, long run) {
    }

    private final String stage;
    private final Map<String, Entry> latest = new HashMap<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> changedUnits = new LinkedHashSet<>();
    private final Set<String> changes = new LinkedHashSet<>();
    private long changedInputs;
    private long lastRun = -1;

    private CommittedWork(String stage) {
        this.stage = stage;
    }

    /** The committed work of {@code stage} in the Parquet folder {@code dir}; none when absent or {@code FRESH}. */
    public static CommittedWork read(SparkSession spark, Path dir, String stage, ResumeMode mode) {
        CommittedWork work = new CommittedWork(stage);
        if (mode == ResumeMode.FRESH || !Files.isDirectory(dir) || !Files.exists(dir.resolve("_SUCCESS"))) {
            return work;
        }
        var rows = spark.read().parquet(dir.toString());
        List<String> columns = List.of(rows.columns());
        boolean translated = columns.contains("outcome");
        String unit = columns.contains("segmentId") ? "segmentId" : "sourceId";
        String[] cols = translated ? new String[] {unit, "input", "fingerprint", "run", WorkRows.LANG, "n",
            "outcome"} : new String[] {unit, "input", "fingerprint", "run", "kept", "error"};
        for (Row r : rows.selectExpr(cols).collectAsList()) {
            String key = translated ? key(r.getString(4), r.getString(0)) : r.getString(0);
            Entry e = translated ? new Entry(r.getString(2), r.getString(1), r.getLong(5), r.getString(6), r.getLong(3))
                    : new Entry(r.getString(2), r.getString(1), -1,
                            r.getBoolean(5) ? "error" : r.getBoolean(4) ? "kept" : "dropped", r.getLong(3));
            work.latest.merge(key, e, (a, b) -> a.run() >= b.run() ? a : b);
            work.lastRun = Math.max(work.lastRun, e.run());
        }
        for (Row r : rows.select(col("fingerprint"), col("settings")).distinct().collectAsList()) {
            work.settings.put(r.getString(0), r.getString(1));
        }
        return work;
    }

    /** The key of a translation unit. */
    public static String key(String lang, String sourceId) {
        return lang + "\u0000" + sourceId;
    }

    /** The number of the next run: one more than the latest committed. */
    public long nextRun() {
        return lastRun + 1;
    }

    /** Whether anything was committed before. */
    public boolean exists() {
        return lastRun >= 0;
    }

    /**
     * Looks {@code key} up: DONE when its latest row was made under {@code now} from {@code input} (with number
     * {@code n}, for translations; -1 for verdicts) and is not a model error; CHANGED when made under another
     * fingerprint or input (remembered for {@link #enforce}); FAILED or NEW otherwise.
     */
    public synchronized Lookup lookup(String key, Fingerprint now, String input, long n) {
        Entry e = latest.get(key);
        if (e == null) {
            return Lookup.NEW;
        }
        if (!e.fingerprint().equals(now.digest())) {
            changedUnits.add(key);
            String was = settings.get(e.fingerprint());
            changes.addAll(was == null ? List.of("settings not recorded") : now.changesFrom(Fingerprint.parse(was)));
            return Lookup.CHANGED;
        }
        if (!e.input().equals(input)) {
            changedUnits.add(key);
            changedInputs++;
            return Lookup.CHANGED;
        }
        return e.outcome().equals("error") || e.n() != n ? Lookup.FAILED : Lookup.DONE;
    }

    /** Whether the latest verdict of {@code sourceId} kept it. */
    public boolean kept(String sourceId) {
        Entry e = latest.get(sourceId);
        return e != null && e.outcome().equals("kept");
    }

    /** Under {@link ResumeMode#RESUME}, refuses when a unit changed, naming the stage, the count and what changed. */
    public void enforce(ResumeMode mode) {
        if (mode == ResumeMode.RESUME && !changedUnits.isEmpty()) {
            List<String> all = new java.util.ArrayList<>(changes);
            if (changedInputs > 0) {
                all.add("input text changed for " + changedInputs + " unit" + (changedInputs == 1 ? "" : "s"));
            }
            throw new ChangedWorkException(stage, changedUnits.size(), all);
        }
    }
}
