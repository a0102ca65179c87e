package io.ultralink.spark;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.error.UltraLinkException;
import io.ultralink.model.LanguageCode;
import io.ultralink.spark.internal.AgnosticSources;
import io.ultralink.spark.internal.ConfigComponents;
import io.ultralink.spark.internal.SparkArguments;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: reads the YAML file of {@code ultralink run} and runs its preparation
 * ({@code prepare.dumps}) and language-specific generation ({@code languages}, {@code generate.*}, {@code backend.*})
 * and the language-agnostic culture filter and translation of {@code sources.*} into {@code languages}
 * ({@code translate.*}, {@code prune.*}) as Spark jobs, writing under {@code OUTPUT/spark/}:
 * {@code segments/{parquet,jsonl}/lang=xx/}, {@code specific/{generated,records,provenance}/lang=xx/} and
 * {@code agnostic/{type}/{verdicts,translated,records,failures}/}. A rerun resumes generation and translation: what
 * was committed under the same fingerprint is reused; work made under another one stops the run (exit 2, naming what
 * changed) unless {@code --rerun-changed} or {@code --fresh} is given, as with {@code ultralink run}.
 *
 * <pre>
 * spark-submit --class io.ultralink.spark.UltraLinkSpark ultralink-spark-all.jar run.yaml [options]
 *   --stage prepare|generate|translate|all   what to run (default all: the three; generate reads the
 *                                  segments written before)
 *   --slice-mb N                   compressed MB of a multistream dump per preparation task (default 16)
 *   --partitions N                 generation tasks (default: 4 per core of the application)
 *   --set KEY=VALUE                a config key, as a command-line option of ultralink run would set it
 *   --rerun-changed | --fresh      redo the translations made under other settings | start the translation over
 * </pre>
 *
 * The master comes from {@code spark-submit} ({@code --master}); the config file and the dumps must be readable
 * at the same paths on the driver and every executor.
 */
public final class UltraLinkSpark {

    private UltraLinkSpark() {
    }

    /** Runs the job; exits with 0 on success, 2 on a bad argument or configuration, 1 on a failure. */
    public static void main(String[] args) {
        int status;
        try {
            status = run(SparkArguments.parse(args));
        } catch (UltraLinkException | IllegalArgumentException e) {
            System.err.println("ultralink-spark: " + e.getMessage());
            status = 2;
        } catch (RuntimeException e) {
            System.err.println("ultralink-spark: failed: " + reason(e));
            status = 1;
        }
        // a llama.cpp model leaves a native thread that keeps the JVM alive (see TRAPS.md)
        System.exit(status);
    }

    /** The message of the first UltraLink exception under Spark's wrappers (a task's failure), or the exception. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UltraLinkException) {
                return t.getMessage();
            }
        }
        return e.toString();
    }

    private static void translate(SparkSession spark, ResolvedConfig config, SparkArguments a, Path dir) {
        var sources = AgnosticSources.read(config);
        if (sources.isEmpty()) {
            System.err.println("ultralink-spark: translate: skipped, no sources.* in the config");
            return;
        }
        int partitions = a.partitions() > 0 ? a.partitions()
                : 4 * Math.max(1, spark.sparkContext().defaultParallelism());
        ConfigAgnostic factory = new ConfigAgnostic(a.configFile(), a.overrides());
        for (var e : sources.entrySet()) {
            long started = System.nanoTime();
            SparkTranslation.Summary s = SparkTranslation.run(spark, e.getValue(), e.getKey(), config.languages(),
                    partitions, factory, dir, config.resumeMode());
            System.err.printf(Locale.ROOT, "ultralink-spark: translate %s: %d items, %d judged, %d selected, %d "
                    + "translated (the rest reused), %d records in %.1f s -> %s%n", e.getKey().fileToken(),
                    e.getValue().size(), s.judged(), s.selected(), s.translated(), s.records(),
                    (System.nanoTime() - started) / 1e9, dir.resolve(e.getKey().fileToken()));
        }
    }

    private static int run(SparkArguments a) {
        ResolvedConfig config = ConfigComponents.load(a.configFile(), a.overrides());
        config.resumeMode(); // refuses --rerun-changed with --fresh before Spark starts
        Path out = config.output().resolve("spark");
        Path segmentsDir = out.resolve("segments");
        SparkSession spark = SparkSession.builder().appName("ultralink " + Path.of(a.configFile()).getFileName())
                .getOrCreate();
        try {
            if (a.stage().equals("prepare") || a.stage().equals("all")) {
                List<Path> dumps = io.ultralink.text.prepare.KnowledgePreparation.inputFiles(config.dumps());
                long started = System.nanoTime();
                SparkPreparation.write(SparkPreparation.segments(spark, dumps,
                        new ConfigPreparation(a.configFile(), a.overrides()), a.sliceMb() << 20), segmentsDir);
                long count = SparkPreparation.read(spark, segmentsDir).count();
                System.err.printf(Locale.ROOT, "ultralink-spark: prepare: %d segments from %d inputs (%d tasks) in "
                        + "%.1f s -> %s%n", count, dumps.size(), SparkPreparation.taskCount(dumps, a.sliceMb() << 20),
                        (System.nanoTime() - started) / 1e9, segmentsDir);
            }
            if (a.stage().equals("generate") || a.stage().equals("all")) {
                Integer limit = config.generate().segmentsPerLanguage();
                int partitions = a.partitions() > 0 ? a.partitions()
                        : 4 * Math.max(1, spark.sparkContext().defaultParallelism());
                List<LanguageCode> languages = config.languages();
                long started = System.nanoTime();
                Path specific = out.resolve("specific");
                SparkGeneration.Summary s = SparkGeneration.run(SparkPreparation.read(spark, segmentsDir), languages,
                        limit == null ? 0 : limit, partitions, new ConfigPipeline(a.configFile(), a.overrides()),
                        specific, config.resumeMode());
                System.err.printf(Locale.ROOT, "ultralink-spark: generate: %d segments (%d generated, the rest reused),"
                        + " %d records in %.1f s -> %s%n", s.segments(), s.generated(), s.records(),
                        (System.nanoTime() - started) / 1e9, specific);
            }
            if (a.stage().equals("translate") || a.stage().equals("all")) {
                translate(spark, config, a, out.resolve("agnostic"));
            }
            return 0;
        } finally {
            spark.stop();
        }
    }
}
