package io.ultralink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.ResumeMode;
import io.ultralink.spark.internal.SegmentRows;
import io.ultralink.spark.internal.SliceTask;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.TestSegments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkGenerationTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("local[2,3]");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void generate_scriptedModel_sameRecordsAndProvenanceAsSingleMachineRun() throws IOException {
        List<Segment> segments = TestSegments.english(14);
        Path out = dir.resolve("spark");

        SparkGeneration.write(SparkGeneration.generate(dataset(segments), List.of(LanguageCode.EN), 0, 3,
                new EchoPipeline(dir.resolve("scratch").toString(), false)), out);

        Path single = singleMachine(segments);
        assertThat(lines(out.resolve("records/lang=en"))).hasSize(14)
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(single.resolve("en_chat_specific.jsonl")));
        assertThat(lines(out.resolve("provenance/lang=en"))).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(single.resolve("en_chat_specific.provenance.jsonl")));
    }

    @Test
    void generate_everyTaskFailsOnceMidPartition_retriesLeaveNoDuplicateAndTheSameRecords() throws IOException {
        List<Segment> segments = TestSegments.english(12);
        Path out = dir.resolve("spark");
        int killedBefore = EchoPipeline.KILLED.get();

        SparkGeneration.write(SparkGeneration.generate(dataset(segments), List.of(LanguageCode.EN), 0, 3,
                new EchoPipeline(dir.resolve("scratch").toString(), true)), out);

        assertThat(EchoPipeline.KILLED.get() - killedBefore).as("first attempts killed").isEqualTo(3);
        List<String> records = lines(out.resolve("records/lang=en"));
        assertThat(records).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(singleMachine(segments).resolve("en_chat_specific.jsonl")));
        assertThat(SparkGeneration.read(spark, out).count()).isEqualTo(12);
    }

    @Test
    void generate_limitPerLanguage_numbersTheFirstSegmentsInInputOrder() throws IOException {
        List<Segment> segments = TestSegments.english(9);
        Path out = dir.resolve("spark");

        SparkGeneration.write(SparkGeneration.generate(dataset(segments), List.of(LanguageCode.EN), 4, 2,
                new EchoPipeline(dir.resolve("scratch").toString(), false)), out);

        List<Row> rows = SparkGeneration.read(spark, out).orderBy("n").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("segmentId"))
                .containsExactlyElementsOf(segments.subList(0, 4).stream().map(Segment::id).toList());
        assertThat(rows).extracting(r -> r.<String>getAs("id"))
                .containsExactly("en_chat_specific_0", "en_chat_specific_1", "en_chat_specific_2", "en_chat_specific_3");
    }

    @Test
    void rerun_sameSettings_reusesEveryRecord_changedSeed_refusesUnlessRerunChanged() throws IOException {
        List<Segment> segments = TestSegments.english(8);
        Path out = dir.resolve("spark");
        String scratch = dir.resolve("scratch").toString();
        SparkGeneration.Summary first = SparkGeneration.run(dataset(segments), List.of(LanguageCode.EN), 0, 2,
                new EchoPipeline(scratch, false), out, ResumeMode.RESUME);
        List<String> records = lines(out.resolve("records/lang=en"));

        SparkGeneration.Summary again = SparkGeneration.run(dataset(segments), List.of(LanguageCode.EN), 0, 2,
                new EchoPipeline(scratch, false), out, ResumeMode.RESUME);

        assertThat(first).isEqualTo(new SparkGeneration.Summary(8, 8, 8));
        assertThat(again).isEqualTo(new SparkGeneration.Summary(8, 0, 8));
        assertThat(lines(out.resolve("records/lang=en"))).containsExactlyElementsOf(records);
        assertThatThrownBy(() -> SparkGeneration.run(dataset(segments), List.of(LanguageCode.EN), 0, 2,
                new EchoPipeline(scratch, false, 12), out, ResumeMode.RESUME)).isInstanceOf(ChangedWorkException.class)
                .hasMessageContaining("generate: 8 units").hasMessageContaining("seed: 11 -> 12");

        SparkGeneration.Summary rerun = SparkGeneration.run(dataset(segments), List.of(LanguageCode.EN), 0, 2,
                new EchoPipeline(scratch, false, 12), out, ResumeMode.RERUN_CHANGED);

        assertThat(rerun).isEqualTo(new SparkGeneration.Summary(8, 8, 8));
        List<String> reseeded = lines(out.resolve("records/lang=en"));
        assertThat(reseeded).hasSize(8).doesNotHaveDuplicates().isNotEqualTo(records);
        Path single = dir.resolve("single12");
        EchoPipeline.pipeline(new EchoModel(), single, 12).run(TestSegments.write(dir.resolve("s.jsonl"), segments));
        assertThat(reseeded).containsExactlyInAnyOrderElementsOf(Files.readAllLines(
                single.resolve("en_chat_specific.jsonl")));
    }

    /** The segments as a prepared Dataset, in reverse row order so that only the order columns give the order. */
    private static Dataset<Row> dataset(List<Segment> segments) {
        SliceTask task = new SliceTask(0, "enwiki-test.xml", 0, -1);
        List<Row> rows = new ArrayList<>(IntStream.range(0, segments.size())
                .mapToObj(i -> SegmentRows.toRow(segments.get(i), task, i)).toList());
        java.util.Collections.reverse(rows);
        return spark.createDataFrame(rows, SegmentRows.SCHEMA).repartition(3);
    }

    private Path singleMachine(List<Segment> segments) {
        Path out = dir.resolve("single");
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), segments);
        LanguageSpecificPipeline pipeline = EchoPipeline.pipeline(new EchoModel(), out);
        pipeline.run(input);
        return out;
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(f));
            }
        }
        return all;
    }
}
