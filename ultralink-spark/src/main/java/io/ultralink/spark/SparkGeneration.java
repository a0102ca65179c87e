package io.ultralink.spark;

import static org.apache.spark.sql.functions.col;

import io.ultralink.model.LanguageCode;
import io.ultralink.spark.internal.GenerateTask;
import io.ultralink.spark.internal.SegmentRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
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
 * no record appears twice. {@link #write} then copies the records into UltraLink JSONL files per language.
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
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(factory, "factory");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
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
        SparkSession spark = segments.sparkSession();
        if (numbered == null) {
            return spark.createDataFrame(List.of(), GenerateTask.SCHEMA);
        }
        // spread by a hash of the segment id, not round-robin: a recomputed partition then holds the same segments
        JavaRDD<Row> rows = numbered.mapToPair(t -> new Tuple2<>(t._1().<String>getAs("id"), t))
                .partitionBy(new HashPartitioner(partitions)).values().mapPartitions(new GenerateTask(factory));
        return spark.createDataFrame(rows, GenerateTask.SCHEMA);
    }

    /**
     * Runs the generation and commits it: every row as Parquet in {@code dir/generated} (partitioned by language),
     * then, from that, the records as UltraLink JSON lines in {@code dir/records/lang=xx/part-*} and their
     * provenance in {@code dir/provenance/lang=xx/part-*}, in record-number order.
     */
    public static void write(Dataset<Row> generated, Path dir) {
        String parquet = dir.resolve("generated").toString();
        generated.write().mode(SaveMode.Overwrite).partitionBy(SegmentRows.LANG).parquet(parquet);
        Dataset<Row> done = generated.sparkSession().read().parquet(parquet).filter(col("record").isNotNull())
                .repartition(col(SegmentRows.LANG)).sortWithinPartitions(col(SegmentRows.LANG), col("n"));
        done.select(col("record"), col(SegmentRows.LANG)).write().mode(SaveMode.Overwrite)
                .partitionBy(SegmentRows.LANG).text(dir.resolve("records").toString());
        done.select(col("provenance"), col(SegmentRows.LANG)).write().mode(SaveMode.Overwrite)
                .partitionBy(SegmentRows.LANG).text(dir.resolve("provenance").toString());
    }

    /** Reads the generated rows written by {@link #write}. */
    public static Dataset<Row> read(SparkSession spark, Path dir) {
        return spark.read().parquet(dir.resolve("generated").toString());
    }
}
