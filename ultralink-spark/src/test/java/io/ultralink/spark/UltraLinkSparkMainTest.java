package io.ultralink.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.model.Segment;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.segment.SegmenterSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point as a child JVM, in local mode, on a YAML file as {@code ultralink run} reads it. */
class UltraLinkSparkMainTest {

    @TempDir
    Path dir;

    @Test
    void main_prepareStageOfAYamlRun_writesTheSingleMachineSegmentsAsJsonl() throws Exception {
        Path dump = MultistreamDumps.write(dir, 12, 3);
        Path config = Files.writeString(dir.resolve("run.yaml"), """
                languages: [en]
                output: out
                prepare:
                  dumps: [%s]
                  documentTokens: {min: 100, max: 10000}
                  segmentTokens: {min: 60, max: 120}
                """.formatted(dump.getFileName()));

        Result r = run(config.toString(), "--stage", "prepare", "--slice-mb", "1");

        assertThat(r.status()).as(r.output()).isZero();
        assertThat(r.output()).contains("prepare: ").contains(" segments from 1 inputs");
        List<String> expected = new ArrayList<>();
        Path single = dir.resolve("single.jsonl");
        KnowledgePreparation.builder().segmenterSettings(new SegmenterSettings(100, 10_000, 60, 120)).build()
                .run(List.of(dump), single);
        try (JsonlReader<Segment> in = SegmentJsonl.open(single, BadLinePolicy.FAIL)) {
            in.forEachRemaining(s -> expected.add(s.id()));
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out/spark/segments/jsonl/lang=en"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    ids.add(line.substring(7, line.indexOf('"', 7)));
                }
            }
        }
        assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void main_badConfigKeyOrArgument_exitsWithTwoAndNamesIt() throws Exception {
        Path config = Files.writeString(dir.resolve("run.yaml"), "languages: [en]\nprepare:\n  dumpz: [x.xml]\n");

        Result badKey = run(config.toString(), "--stage", "prepare");
        Result badStage = run(config.toString(), "--stage", "everything");

        assertThat(badKey.status()).as(badKey.output()).isEqualTo(2);
        assertThat(badKey.output()).contains("dumpz").contains(config.toString());
        assertThat(badStage.status()).isEqualTo(2);
        assertThat(badStage.output()).contains("--stage must be prepare, generate, translate or all, was 'everything'");
    }

    @Test
    void main_translateStageOverWorkCommittedUnderOtherSettings_exitsWithTwoNamingTheChangeBeforeAnyCall()
            throws Exception {
        Path math = Files.writeString(dir.resolve("math.jsonl"), """
                {"query":"What is 2 plus 3?","response":"2 plus 3 is 5. The answer is: 5","type":"GSM_AnsAug"}
                {"query":"What is 4 times 6?","response":"4 times 6 is 24. The answer is: 24","type":"GSM_AnsAug"}
                {"query":"What is 9 minus 7?","response":"9 minus 7 is 2. The answer is: 2","type":"GSM_AnsAug"}
                """);
        List<io.ultralink.model.Conversation> items = new ArrayList<>();
        try (var in = io.ultralink.source.SourceReader.open(math, io.ultralink.source.SourceFormat.METAMATHQA,
                BadLinePolicy.FAIL)) {
            in.forEachRemaining(items::add);
        }
        var spark = LocalSpark.start("local[2]");
        try {
            SparkTranslation.run(spark, items, io.ultralink.model.DataType.MATH, List.of(io.ultralink.model.LanguageCode.ES),
                    2, new FakeAgnostic(3, false), dir.resolve("out/spark/agnostic"), io.ultralink.run.ResumeMode.RESUME);
        } finally {
            spark.stop();
        }
        // nothing listens on the discard port: a call would fail, the refusal comes first
        Path config = Files.writeString(dir.resolve("run.yaml"), """
                languages: [es]
                output: out
                sources:
                  metamath: math.jsonl
                backend: {provider: openai, baseUrl: "http://127.0.0.1:9/v1", model: m1}
                """);

        Result changed = run(config.toString(), "--stage", "translate", "--partitions", "2");
        Result both = run(config.toString(), "--stage", "translate", "--rerun-changed", "--fresh");

        assertThat(changed.status()).as(changed.output()).isEqualTo(2);
        assertThat(changed.output()).contains("translate: 3 units of work in the output folder were made with other "
                + "settings").contains("model: ").contains(" -> openai http://127.0.0.1:9/v1");
        assertThat(both.status()).as(both.output()).isEqualTo(2);
        assertThat(both.output()).contains("--rerun-changed").contains("--fresh").contains("not both");
    }

    private record Result(int status, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1"));
        command.addAll(Arrays.asList(System.getProperty("ultralink.spark.opens", "").split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), UltraLinkSpark.class.getName()));
        command.addAll(Arrays.asList(args));
        command.removeIf(String::isBlank);
        Path log = dir.resolve("child-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not end in 180 s: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
