package io.ultralink.spark;

import io.ultralink.spark.internal.InputSlices;
import io.ultralink.spark.internal.PrepareTask;
import io.ultralink.spark.internal.SegmentRows;
import io.ultralink.spark.internal.SliceTask;
import io.ultralink.text.prepare.InputSlice;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Knowledge preparation as a Spark job. A multistream dump is cut at its index into byte ranges of whole bzip2
 * streams, one task per range; a plain {@code .bz2}, {@code .xml} or wikiextractor file is one task. Each task
 * runs {@link io.ultralink.text.prepare.KnowledgePreparation#prepare(InputSlice, java.util.function.Consumer)} (the
 * reader, cleaner, language check, Traditional-to-Simplified conversion, length filter and segmenter of the
 * single-machine run), so the segments, ids and text are exactly those of {@code ultralink prepare}; their rows
 * keep the single-machine order in three columns ({@link #ORDER_COLUMNS}).
 *
 * <pre>{@code
 * Dataset<Row> segments = SparkPreparation.segments(spark, dumps, factory, SparkPreparation.DEFAULT_SLICE_BYTES);
 * SparkPreparation.write(segments, Path.of("out/segments"));   // out/segments/{jsonl,parquet}/lang=xx/part-*
 * }</pre>
 *
 * <p>Input paths must be readable at the same path on every executor (a shared file system).
 */
public final class SparkPreparation {

    /** The default size of a task's range of a multistream dump: 16 MB of compressed streams. */
    public static final long DEFAULT_SLICE_BYTES = 16L << 20;

    /** The columns that give the single-machine order of segments: input, slice start, position in the slice. */
    public static final List<String> ORDER_COLUMNS = List.of(SegmentRows.ORDER);

    private SparkPreparation() {
    }

    /**
     * The segments of {@code inputs}, one task per slice (see the class comment); evaluated lazily, once per action,
     * so cache or write the result before using it twice.
     *
     * @param sliceBytes the least compressed size of a multistream range (a dump's last range may be smaller)
     */
    public static Dataset<Row> segments(SparkSession spark, List<Path> inputs, PreparationFactory factory,
            long sliceBytes) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(factory, "factory");
        List<SliceTask> tasks = InputSlices.of(List.copyOf(inputs), sliceBytes);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.parallelize(tasks, Math.max(1, tasks.size())).flatMap(new PrepareTask(factory));
        return spark.createDataFrame(rows, SegmentRows.SCHEMA);
    }

    /** How many tasks {@code inputs} make at {@code sliceBytes}. */
    public static int taskCount(List<Path> inputs, long sliceBytes) {
        return InputSlices.of(List.copyOf(inputs), sliceBytes).size();
    }

    /**
     * Writes {@code segments} with Spark's writers, partitioned by language, as JSON lines in {@code dir/jsonl}
     * and as Parquet in {@code dir/parquet} (each {@code lang=xx/part-*}; the {@code lang} field lives in the folder
     * name). Computes the segments once: they are written to Parquet first and the JSON lines copied from it.
     */
    public static void write(Dataset<Row> segments, Path dir) {
        String parquet = dir.resolve("parquet").toString();
        segments.write().mode(SaveMode.Overwrite).partitionBy(SegmentRows.LANG).parquet(parquet);
        Dataset<Row> back = segments.sparkSession().read().parquet(parquet);
        back.write().mode(SaveMode.Overwrite).partitionBy(SegmentRows.LANG).json(dir.resolve("jsonl").toString());
    }

    /** Reads segments written by {@link #write} back (from the Parquet copy). */
    public static Dataset<Row> read(SparkSession spark, Path dir) {
        return spark.read().parquet(dir.resolve("parquet").toString());
    }
}
