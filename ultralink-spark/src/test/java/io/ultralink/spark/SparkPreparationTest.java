package io.ultralink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Segment;
import io.ultralink.text.prepare.KnowledgePreparation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkPreparationTest {

    private static final TestPreparation SETTINGS = new TestPreparation(100, 60, 120);
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void segments_multistreamDumpCutIntoRanges_equalSingleMachineSegmentsInOrder() throws IOException {
        Path dump = MultistreamDumps.write(dir, 40, 3);
        List<Path> inputs = List.of(dump);
        assertThat(SparkPreparation.taskCount(inputs, 1)).as("one task per indexed stream: the header, then 14 of pages (the last with the footer)")
                .isEqualTo(15);
        assertThat(SparkPreparation.taskCount(inputs, Files.size(dump) / 3)).isBetween(3, 4);

        List<String> single = singleMachine(inputs);
        assertThat(single).hasSizeGreaterThan(40);
        assertThat(inSparkOrder(SparkPreparation.segments(spark, inputs, SETTINGS, 1))).isEqualTo(single);
        assertThat(inSparkOrder(SparkPreparation.segments(spark, inputs, SETTINGS, Files.size(dump) / 3)))
                .isEqualTo(single);
    }

    @Test
    void write_multistreamDump_jsonlAndParquetPartitionedByLanguageHoldTheSameSegments() throws IOException {
        Path dump = MultistreamDumps.write(dir, 20, 4);
        List<String> single = singleMachine(List.of(dump));
        Path out = dir.resolve("segments");

        SparkPreparation.write(SparkPreparation.segments(spark, List.of(dump), SETTINGS, 1), out);

        assertThat(out.resolve("parquet/lang=en")).isDirectory();
        assertThat(out.resolve("jsonl/lang=en")).isDirectory();
        assertThat(inSparkOrder(SparkPreparation.read(spark, out))).isEqualTo(single);
        Dataset<Row> json = spark.read().json(out.resolve("jsonl").toString());
        assertThat(inSparkOrder(json)).isEqualTo(single);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("jsonl/lang=en"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertThat(lines).hasSameSizeAs(single).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"en-"));
    }

    @Test
    void segments_sharedMinidumps_equalSingleMachineSegments() throws IOException {
        Path wiki = Path.of(System.getProperty("ultralink.shared.dir", "../../shared")).resolve("data/wiki");
        assumeTrue(Files.isDirectory(wiki), "shared data absent: " + wiki);
        LanguagePacks packs = LanguagePacks.load();
        List<Path> dumps = new ArrayList<>();
        for (String lang : List.of("en", "zh", "ru", "fr", "es", "de")) {
            Path dump = wiki.resolve(lang + "wiki-minidump.xml.bz2");
            if (Files.isRegularFile(dump) && packs.find(io.ultralink.model.LanguageCode.of(lang)).isPresent()) {
                dumps.add(dump);
            }
        }
        assumeTrue(!dumps.isEmpty(), "no minidump with a language pack");
        List<String> single = singleMachine(dumps);
        assertThat(single).hasSizeGreaterThan(20);

        List<String> distributed = inSparkOrder(SparkPreparation.segments(spark, dumps, SETTINGS, 1));

        assertThat(distributed).isEqualTo(single);
        assertThat(distributed.stream().map(s -> s.substring(0, 3)).distinct()).hasSizeGreaterThan(1);
    }

    /** The id and text of every segment, as the single-machine run writes them, in file order. */
    private List<String> singleMachine(List<Path> inputs) throws IOException {
        Path out = Files.createTempDirectory(dir, "single").resolve("segments.jsonl");
        KnowledgePreparation preparation = SETTINGS.create();
        preparation.run(inputs, out);
        List<String> segments = new ArrayList<>();
        try (JsonlReader<Segment> in = SegmentJsonl.open(out, BadLinePolicy.FAIL)) {
            in.forEachRemaining(s -> segments.add(s.id() + "\t" + s.text()));
        }
        return segments;
    }

    /** The id and text of every row, in the single-machine order its order columns give. */
    private static List<String> inSparkOrder(Dataset<Row> segments) {
        return segments.collectAsList().stream()
                .sorted(Comparator.<Row>comparingLong(r -> ((Number) r.getAs("input")).longValue())
                        .thenComparingLong(r -> ((Number) r.getAs("sliceStart")).longValue())
                        .thenComparingLong(r -> ((Number) r.getAs("position")).longValue()))
                .map(r -> r.<String>getAs("id") + "\t" + r.<String>getAs("text"))
                .toList();
    }
}
