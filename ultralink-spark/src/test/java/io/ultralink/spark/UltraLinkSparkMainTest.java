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
        assertThat(badStage.output()).contains("--stage must be prepare, generate or all, was 'everything'");
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
