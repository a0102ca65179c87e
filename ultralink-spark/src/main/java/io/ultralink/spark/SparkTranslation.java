package io.ultralink.spark;

import static org.apache.spark.sql.functions.col;

import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.Lookup;
import io.ultralink.run.ResumeMode;
import io.ultralink.spark.internal.CommittedWork;
import io.ultralink.spark.internal.ConversationRows;
import io.ultralink.spark.internal.FilterPartition;
import io.ultralink.spark.internal.Scratch;
import io.ultralink.spark.internal.TranslatePartition;
import io.ultralink.spark.internal.WorkRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The language-agnostic pipeline as Spark jobs over English items of one type: the culture filter (chat only) as
 * one job, the seeded pruning on the driver (the same selection, numbers and ids as on one machine), then the
 * verified translation of every selected item into every target as another job. Each task runs the pipeline's own
 * code ({@link LanguageAgnosticPipeline#filter}, {@link LanguageAgnosticPipeline#translateNumbered}) into a scratch
 * folder of its attempt, and its rows leave only through Spark's output commit (Parquet), so a failed, retried or
 * speculative attempt never duplicates a record.
 *
 * <p>Resumable across Spark runs: every committed row carries the fingerprint it was made under and the digest of
 * its input. A rerun on the same folder reuses what is done under the same fingerprint, redoes model errors, and,
 * under {@link ResumeMode#RESUME}, refuses before any call when work was made under another fingerprint, naming what
 * changed; {@link ResumeMode#RERUN_CHANGED} redoes just that work, {@link ResumeMode#FRESH} starts over.
 *
 * <p>Layout under {@code dir/{type}}: {@code verdicts/} and {@code translated/lang=xx/} (Parquet, every run's rows;
 * the latest run's row of a unit counts), {@code records/lang=xx/part-*} (the record lines, exactly as
 * {@code ultralink translate} writes them, in record-number order) and {@code failures/lang=xx/part-*}.
 */
public final class SparkTranslation {

    /**
     * What one run did.
     *
     * @param judged items sent to the culture filter
     * @param selected items selected for translation, over all targets
     * @param translated selected items sent to translation (the others were reused)
     * @param records records committed for the selection
     */
    public record Summary(long judged, long selected, long translated, long records) {
    }

    private SparkTranslation() {
    }

    /**
     * Filters, prunes and translates {@code items} (all of type {@code type}, in source order) into
     * {@code targets}, resuming what earlier runs committed under {@code dir} as {@code mode} says.
     *
     * @throws io.ultralink.run.ChangedWorkException under {@link ResumeMode#RESUME}, when committed work was made
     *     under another fingerprint or from another input
     */
    public static Summary run(SparkSession spark, List<Conversation> items, DataType type, List<LanguageCode> targets,
            int partitions, AgnosticFactory factory, Path dir, ResumeMode mode) {
        Objects.requireNonNull(factory, "factory");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        Path base = dir.resolve(type.fileToken());
        Path driver = Scratch.forAttempt("driver");
        try {
            long judged = 0;
            List<Conversation> kept = items;
            if (type == DataType.CHAT_AGNOSTIC) {
                CommittedWork verdicts = CommittedWork.read(spark, base.resolve("verdicts"), "filter", mode);
                LanguageAgnosticPipeline english = factory.create(LanguageCode.EN, driver.resolve("en"));
                Fingerprint now = english.filterFingerprint();
                List<Row> todo = new ArrayList<>();
                for (Conversation c : items) {
                    String input = ConversationRows.inputDigest(c);
                    if (verdicts.lookup(c.id(), now, input, -1) != Lookup.DONE) {
                        todo.add(RowFactory.create(c.id(), ConversationRows.toJson(c), input));
                    }
                }
                verdicts.enforce(mode);
                judged = todo.size();
                if (!todo.isEmpty()) {
                    commit(spark, todo, partitions, new FilterPartition(factory, verdicts.nextRun()), WorkRows.VERDICTS,
                            base.resolve("verdicts"), verdicts.exists(), null);
                }
                CommittedWork after = CommittedWork.read(spark, base.resolve("verdicts"), "filter", ResumeMode.RESUME);
                kept = items.stream().filter(c -> after.kept(c.id())).toList();
            }
            CommittedWork translations = CommittedWork.read(spark, base.resolve("translated"), "translate", mode);
            List<Row> selection = new ArrayList<>();
            List<Row> todo = new ArrayList<>();
            for (LanguageCode lang : targets) {
                LanguageAgnosticPipeline p = factory.create(lang, driver.resolve(lang.code()));
                Fingerprint now = p.translationFingerprint(lang);
                List<Conversation> selected = p.prune(kept.iterator(), type).selected(lang);
                for (int n = 0; n < selected.size(); n++) {
                    Conversation c = selected.get(n);
                    String input = ConversationRows.inputDigest(c);
                    selection.add(RowFactory.create(lang.code(), (long) n, c.id(), "", input));
                    if (translations.lookup(CommittedWork.key(lang.code(), c.id()), now, input, n) != Lookup.DONE) {
                        todo.add(RowFactory.create(lang.code(), (long) n, c.id(), ConversationRows.toJson(c), input));
                    }
                }
            }
            translations.enforce(mode);
            if (!todo.isEmpty()) {
                commit(spark, todo, partitions, new TranslatePartition(factory, type, translations.nextRun()),
                        WorkRows.TRANSLATED, base.resolve("translated"), translations.exists(), WorkRows.LANG);
            }
            long records = export(spark, selection, base);
            return new Summary(judged, selection.size(), todo.size(), records);
        } finally {
            Scratch.delete(driver);
        }
    }

    /** Runs {@code task} over {@code rows} spread by source id and commits its rows as Parquet into {@code out}. */
    private static void commit(SparkSession spark, List<Row> rows, int partitions, FlatMapFunction<java.util.Iterator<Row>,
            Row> task, org.apache.spark.sql.types.StructType schema, Path out, boolean append, String partitionBy) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // spread by a hash of the unit, not round-robin: a recomputed partition then holds the same units
        JavaRDD<Row> result = jsc.parallelize(rows, Math.min(partitions, rows.size()))
                .mapToPair(r -> new Tuple2<>(r.getString(0) + "/" + r.getString(r.length() > 3 ? 2 : 1), r))
                .partitionBy(new HashPartitioner(partitions)).values().mapPartitions(task);
        var writer = spark.createDataFrame(result, schema).write().mode(append ? SaveMode.Append : SaveMode.Overwrite);
        (partitionBy == null ? writer : writer.partitionBy(partitionBy)).parquet(out.toString());
    }

    /** Writes the latest row of every selected unit as record and failure lines per language; returns the records. */
    private static long export(SparkSession spark, List<Row> selection, Path base) {
        Path translated = base.resolve("translated");
        if (selection.isEmpty() || !java.nio.file.Files.isDirectory(translated)) {
            return 0;
        }
        Dataset<Row> all = spark.read().parquet(translated.toString());
        Dataset<Row> latest = all.groupBy(col(WorkRows.LANG), col("sourceId"))
                .agg(org.apache.spark.sql.functions.max("run").as("run"));
        Dataset<Row> chosen = spark.createDataFrame(selection, WorkRows.SELECTED).select(WorkRows.LANG, "n", "sourceId")
                .join(latest, new String[] {WorkRows.LANG, "sourceId"})
                .join(all, new String[] {WorkRows.LANG, "sourceId", "n", "run"})
                .repartition(col(WorkRows.LANG)).sortWithinPartitions(col(WorkRows.LANG), col("n")).cache();
        try {
            chosen.filter(col("record").isNotNull()).select(col("record"), col(WorkRows.LANG)).write()
                    .mode(SaveMode.Overwrite).partitionBy(WorkRows.LANG).text(base.resolve("records").toString());
            chosen.filter(col("failure").isNotNull()).select(col("failure"), col(WorkRows.LANG)).write()
                    .mode(SaveMode.Overwrite).partitionBy(WorkRows.LANG).text(base.resolve("failures").toString());
            return chosen.filter(col("record").isNotNull()).count();
        } finally {
            chosen.unpersist();
        }
    }
}
