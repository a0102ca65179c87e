package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.DataType;
import io.ultralink.prune.OverlapStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruning of small maths and code fixtures: budgets, seeds, RANDOM versus DISJOINT. */
class PruneMathAndCodeTest {

    @TempDir
    Path dir;

    @Test
    void run_smallSources_respectsBudgetsAndDisjointNeverRepeats() throws IOException {
        List<String> math = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            math.add("{\"query\":\"What is " + i + " plus " + i + "?\",\"response\":\"It is " + (2 * i)
                    + ".\",\"type\":\"GSM_Rephrased\"}");
        }
        Path mathFile = Files.write(dir.resolve("metamath.jsonl"), math);
        List<String> oss = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            oss.add("{\"problem\":\"Write a function returning " + i + ".\",\"solution\":\"def f():\\n    return " + i
                    + "\"}");
        }
        Path ossFile = Files.write(dir.resolve("oss.jsonl"), oss);
        Path humaneval = Files.write(dir.resolve("humaneval.jsonl"), List.of(
                "{\"task_id\":\"HumanEval/0\",\"prompt\":\"def add(a, b):\\n    \\\"\\\"\\\"Add two numbers.\\\"\\\"\\\"\\n\","
                        + "\"entry_point\":\"add\",\"canonical_solution\":\"    return a + b\\n\",\"test\":\"assert add(1, 2) == 3\"}"));
        List<String> inputs = List.of("metamathqa:" + mathFile, "magicoder-oss:" + ossFile, "humaneval:" + humaneval);
        Map<String, String> keys = Map.of("languages", "zh,fr,es", "math", "12", "code", "4", "seed", "7");
        Path out = dir.resolve("out");

        Map<OverlapStrategy, PruneMathAndCode.Report> reports = PruneMathAndCode.run(out, inputs, keys);

        assertThat(reports).containsOnlyKeys(OverlapStrategy.RANDOM, OverlapStrategy.DISJOINT);
        for (PruneMathAndCode.Report r : reports.values()) {
            assertThat(r.selected()).containsEntry("zh_math", 12).containsEntry("fr_math", 12)
                    .containsEntry("es_code", 4).hasSize(6);
        }
        assertThat(reports.get(OverlapStrategy.DISJOINT).sharedIds()).containsEntry(DataType.MATH, 0)
                .containsEntry(DataType.CODE, 0);
        // 3 x 12 of 40 drawn independently: repeats are all but certain (and fixed by the seed)
        assertThat(reports.get(OverlapStrategy.RANDOM).sharedIds().get(DataType.MATH)).isPositive();

        Set<String> union = new HashSet<>();
        for (String lang : List.of("zh", "fr", "es")) {
            List<String> ids = Files.readAllLines(out.resolve("disjoint/" + lang + "_math.ids"));
            assertThat(ids).hasSize(12).allMatch(id -> id.startsWith("metamathqa:")).doesNotHaveDuplicates();
            union.addAll(ids);
        }
        assertThat(union).hasSize(36);
        List<String> code = Files.readAllLines(out.resolve("random/zh_code.ids"));
        assertThat(code).hasSize(4).allMatch(id -> id.startsWith("magicoder-oss:") || id.startsWith("humaneval:"));

        List<String> before = Files.readAllLines(out.resolve("random/fr_math.ids"));
        PruneMathAndCode.run(dir.resolve("again"), inputs, keys);
        assertThat(Files.readAllLines(dir.resolve("again/random/fr_math.ids"))).as("same seed, same ids")
                .isEqualTo(before);
    }
}
