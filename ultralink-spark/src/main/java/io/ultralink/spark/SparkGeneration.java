package io.ultralink.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.Lookup;
import io.ultralink.run.ResumeMode;
import io.ultralink.spark.internal.CommittedWork;
import io.ultralink.spark.internal.ExecutorLocal;
import io.ultralink.spark.internal.GenerateTask;
import io.ultralink.spark.internal.SegmentRows;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Language-specific generation as a Spark job over a segments Dataset (as {@link SparkPreparation} makes it). The
 * segments of each language are numbered in the single-machine order (the {@link SparkPreparation#ORDER_COLUMNS}),
 * at most {@code perLanguage} of them, so every record gets the id and seeded plan the single-machine run gives
 * it; the numbered segments are spread over {@code partitions} tasks, and each executor generates with one
 * pipeline and one model client ({@link PipelineFactory}).
 *
 * <p>Exactly once: the generated rows are written only through Spark's output commit protocol (a Parquet write
 * of the whole Dataset), so the output of a failed, retried or speculative task attempt is never committed and
 * no record appears twice. {@link #write} then copies the records into UltraLink JSONL files per language;
 * {@link #run} does both and resumes what earlier runs committed (see there).
 */
public final class SparkGeneration {

    private SparkGeneration() {
    }

    /**
     * The generated rows (segment id, language, number, record id, record line, provenance line, failure), lazily;
     * run it once, by {@link #write}.
     *
     * @param languages the languages to generate, in this order
     * @param perLanguage at most this many segments of each language (0 or less: all)
     * @param partitions the number of generation tasks (at least 1)
     */
    public static Dataset<Row> generate(Dataset<Row> segments, List<LanguageCode> languages, long perLanguage,
            int partitions, PipelineFactory factory) {
        Objects.requireNonNull(factory, "factory");
        checkPartitions(partitions);
        JavaPairRDD<Row, Long> numbered = number(segments, languages, perLanguage);
        SparkSession spark = segments.sparkSession();
        if (numbered == null) {
            return spark.createDataFrame(List.of(), GenerateTask.SCHEMA);
        }
        return spark.createDataFrame(spread(numbered, partitions).mapPartitions(new GenerateTask(factory, 0)),
                GenerateTask.SCHEMA);
    }

    /**
     * Generates and commits like {@link #generate} and {@link #write}, resuming what earlier runs committed in
     * {@code dir}: a segment whose dialogue was committed under the same fingerprint ({@link
     * io.ultralink.pipeline.specific.LanguageSpecificPipeline#fingerprint}), from the same text and under the same
     * number is skipped (failures are tried again); under {@link ResumeMode#RESUME} work made under another
     * fingerprint or from another text stops the run before any call, naming what changed; {@link
     * ResumeMode#RERUN_CHANGED} redoes just that work and {@link ResumeMode#FRESH} starts over.
     *
     * @throws io.ultralink.run.ChangedWorkException as said
     */
    public static Summary run(Dataset<Row> segments, List<LanguageCode> languages, long perLanguage, int partitions,
            PipelineFactory factory, Path dir, ResumeMode mode) {
        Objects.requireNonNull(factory, "factory");
        checkPartitions(partitions);
        SparkSession spark = segments.sparkSession();
        Path parquet = dir.resolve("generated");
        CommittedWork committed = CommittedWork.read(spark, parquet, "generate", mode);
        JavaPairRDD<Row, Long> numbered = number(segments, languages, perLanguage);
        if (numbered == null) {
            return new Summary(0, 0, 0);
        }
        numbered = numbered.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            LanguageSpecificPipeline driver = ExecutorLocal.get(factory, PipelineFactory::create);
            Map<String, Fingerprint> now = new HashMap<>();
            List<Row> keys = numbered.map(t -> RowFactory.create(t._1().<String>getAs(SegmentRows.LANG), t._2(),
                    t._1().<String>getAs("id"), SegmentRows.inputDigest(t._1().getAs("id"), t._1().getAs("text"))))
                    .collect();
            Set<String> todo = new HashSet<>();
            for (Row k : keys) {
                Fingerprint f = now.computeIfAbsent(k.getString(0), l -> driver.fingerprint(LanguageCode.of(l)));
                String key = CommittedWork.key(k.getString(0), k.getString(2));
                if (committed.lookup(key, f, k.getString(3), k.getLong(1)) != Lookup.DONE) {
                    todo.add(key);
                }
            }
            committed.enforce(mode);
            if (!todo.isEmpty()) {
                Broadcast<Set<String>> wanted = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(todo);
                JavaRDD<Row> rows = spread(numbered.filter(t -> wanted.value().contains(CommittedWork.key(
                        t._1().getAs(SegmentRows.LANG), t._1().getAs("id")))), partitions)
                        .mapPartitions(new GenerateTask(factory, committed.nextRun()));
                spark.createDataFrame(rows, GenerateTask.SCHEMA).write()
                        .mode(committed.exists() ? SaveMode.Append : SaveMode.Overwrite).partitionBy(SegmentRows.LANG)
                        .parquet(parquet.toString());
            }
            Dataset<Row> current = spark.createDataFrame(keys, CURRENT).select(SegmentRows.LANG, "n", "segmentId");
            Dataset<Row> all = read(spark, dir);
            Dataset<Row> latest = all.groupBy(col(SegmentRows.LANG), col("segmentId")).agg(max("run").as("run"));
            Dataset<Row> chosen = current.join(latest, new String[] {SegmentRows.LANG, "segmentId"})
                    .join(all, new String[] {SegmentRows.LANG, "segmentId", "n", "run"});
            long records = export(chosen, dir);
            return new Summary(keys.size(), todo.size(), records);
        } finally {
            numbered.unpersist(false);
        }
    }

    /**
     * What one {@link #run} did.
     *
     * @param segments segments numbered for generation
     * @param generated of them, sent to the model (the others were reused)
     * @param records records committed for the numbered segments
     */
    public record Summary(long segments, long generated, long records) {
    }

    private static final StructType CURRENT = new StructType().add(SegmentRows.LANG, DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false).add("segmentId", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false);

    private static void checkPartitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
    }

    /** Each language's segments numbered in the single-machine order, at most {@code perLanguage}; null if none. */
    private static JavaPairRDD<Row, Long> number(Dataset<Row> segments, List<LanguageCode> languages,
            long perLanguage) {
        Objects.requireNonNull(segments, "segments");
        Column[] order = SparkPreparation.ORDER_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
        JavaPairRDD<Row, Long> numbered = null;
        for (LanguageCode lang : languages) {
            JavaPairRDD<Row, Long> one = segments.filter(col(SegmentRows.LANG).equalTo(lang.code()))
                    .orderBy(order).toJavaRDD().zipWithIndex();
            if (perLanguage > 0) {
                one = one.filter(t -> t._2() < perLanguage);
            }
            numbered = numbered == null ? one : numbered.union(one);
        }
        return numbered;
    }

    /** Spread by a hash of the segment id, not round-robin: a recomputed partition then holds the same segments. */
    private static JavaRDD<Tuple2<Row, Long>> spread(JavaPairRDD<Row, Long> numbered, int partitions) {
        return numbered.mapToPair(t -> new Tuple2<>(t._1().<String>getAs("id"), t))
                .partitionBy(new HashPartitioner(partitions)).values();
    }

    /**
     * Runs the generation and commits it: every row as Parquet in {@code dir/generated} (partitioned by language),
     * then, from that, the records as UltraLink JSON lines in {@code dir/records/lang=xx/part-*} and their
     * provenance in {@code dir/provenance/lang=xx/part-*}, in record-number order.
     */
    public static void write(Dataset<Row> generated, Path dir) {
        String parquet = dir.resolve("generated").toString();
        generated.write().mode(SaveMode.Overwrite).partitionBy(SegmentRows.LANG).parquet(parquet);
        export(generated.sparkSession().read().parquet(parquet), dir);
    }

    /** Writes the records and provenance of {@code rows} as JSON lines per language; returns the records. */
    private static long export(Dataset<Row> rows, Path dir) {
        Dataset<Row> done = rows.filter(col("record").isNotNull())
                .repartition(col(SegmentRows.LANG)).sortWithinPartitions(col(SegmentRows.LANG), col("n")).cache();
        try {
            done.select(col("record"), col(SegmentRows.LANG)).write().mode(SaveMode.Overwrite)
                    .partitionBy(SegmentRows.LANG).text(dir.resolve("records").toString());
            done.select(col("provenance"), col(SegmentRows.LANG)).write().mode(SaveMode.Overwrite)
                    .partitionBy(SegmentRows.LANG).text(dir.resolve("provenance").toString());
            return done.count();
        } finally {
            done.unpersist();
        }
    }

    /** Reads the generated rows written by {@link #write}. */
    public static Dataset<Row> read(SparkSession spark, Path dir) {
        return spark.read().parquet(dir.resolve("generated").toString());
    }
}
