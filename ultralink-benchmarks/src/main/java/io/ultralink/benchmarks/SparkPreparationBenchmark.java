package io.ultralink.benchmarks;

import io.ultralink.spark.PreparationFactory;
import io.ultralink.spark.SparkPreparation;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.spark.sql.SparkSession;

/**
 * Preparation of one multistream dump on one machine ({@link KnowledgePreparation#run}, all cores) and as a Spark
 * job ({@link SparkPreparation}, {@code local[N]}), for the scaling plan in docs/scaling.md. Builds the
 * multistream dump (100 pages a stream, as Wikimedia's, with its index) from a plain XML dump first.
 *
 * <p>Usage: {@code SparkPreparationBenchmark DUMP.xml WORKDIR [master] [sliceMB]} (default {@code local[2]}, 16).
 * Prints the seconds, pages and segments of each run, compressed MB per second and the CPU each run used (on a
 * shared machine the CPU is the steadier figure).
 */
public final class SparkPreparationBenchmark {

    private SparkPreparationBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkPreparationBenchmark DUMP.xml WORKDIR [master] [sliceMB]");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[1]));
        String master = args.length > 2 ? args[2] : "local[2]";
        long sliceBytes = (args.length > 3 ? Long.parseLong(args[3]) : 16) << 20;
        Path dump = work.resolve("enwiki-bench-pages-articles-multistream.xml.bz2");
        if (!Files.isRegularFile(dump)) {
            long t = System.nanoTime();
            int streams = multistream(Path.of(args[0]), dump);
            System.out.printf(Locale.ROOT, "built %s: %d streams, %,d bytes in %.1f s%n", dump, streams,
                    Files.size(dump), seconds(t));
        }
        double mb = Files.size(dump) / 1e6;
        Factory factory = new Factory();

        single(work, dump, mb, "cold");
        SparkSession spark = SparkSession.builder().master(master).appName("SparkPreparationBenchmark")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            for (String pass : List.of("cold", "warm")) {
                long t = System.nanoTime();
                CpuClock cpu = CpuClock.now();
                Path out = work.resolve("spark-" + pass);
                SparkPreparation.write(SparkPreparation.segments(spark, List.of(dump), factory, sliceBytes), out);
                double s2 = seconds(t);
                String used = CpuClock.now().since(cpu);
                long segments = SparkPreparation.read(spark, out).count();
                System.out.printf(Locale.ROOT, "spark %s, %s (%d tasks of >= %d MB): %.1f s, %d segments, %.2f MB/s"
                        + " compressed; CPU %s%n", master, pass, SparkPreparation.taskCount(List.of(dump), sliceBytes),
                        sliceBytes >> 20, s2, segments, mb / s2, used);
            }
        } finally {
            spark.stop();
        }
        single(work, dump, mb, "warm");
    }

    private static void single(Path work, Path dump, double mb, String pass) throws IOException {
        long t = System.nanoTime();
        CpuClock cpu = CpuClock.now();
        Path single = work.resolve("single/segments.jsonl");
        Files.deleteIfExists(single);
        Files.deleteIfExists(KnowledgePreparation.checkpointFile(single));
        PreparationReport report = KnowledgePreparation.builder().language(io.ultralink.model.LanguageCode.EN)
                .build().run(List.of(dump), single);
        double s1 = seconds(t);
        System.out.printf(Locale.ROOT, "single machine, %s (%d threads): %.1f s, %d pages, %d segments, %.2f MB/s "
                + "compressed; CPU %s%n", pass, Runtime.getRuntime().availableProcessors(), s1, report.pagesRead(),
                report.segmentsWritten(), mb / s1, CpuClock.now().since(cpu));
    }

    /** English, language given, one decompression thread per task (what ConfigPreparation builds). */
    record Factory() implements PreparationFactory {
        @Override
        public KnowledgePreparation create() {
            return KnowledgePreparation.builder().language(io.ultralink.model.LanguageCode.EN).threads(1).build();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Writes {@code xml} as a multistream dump of 100 pages a stream, with its index; returns the stream count. */
    static int multistream(Path xml, Path dump) throws IOException {
        String text = Files.readString(xml);
        int first = text.indexOf("<page>");
        String name = dump.getFileName().toString();
        Path index = dump.resolveSibling(name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2");
        StringBuilder lines = new StringBuilder();
        int streams = 0;
        try (OutputStream out = Files.newOutputStream(dump)) {
            long offset = stream(out, 0, text.substring(0, first));
            int at = first;
            int end = text.lastIndexOf("</page>") + "</page>".length();
            while (at < end) {
                int stop = at;
                for (int p = 0; p < 100 && stop < end; p++) {
                    int id = text.indexOf("<id>", stop) + 4;
                    int title = text.indexOf("<title>", stop) + 7;
                    lines.append(offset).append(':').append(text, id, text.indexOf("</id>", id)).append(':')
                            .append(text, title, text.indexOf("</title>", title)).append('\n');
                    stop = text.indexOf("</page>", stop) + "</page>".length();
                }
                offset = stream(out, offset, text.substring(at, stop));
                streams++;
                at = stop;
            }
            stream(out, offset, text.substring(end));
        }
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(index))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        return streams;
    }

    private static long stream(OutputStream out, long offset, String xml) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(buffer)) {
            bz.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        buffer.writeTo(out);
        return offset + buffer.size();
    }
}
