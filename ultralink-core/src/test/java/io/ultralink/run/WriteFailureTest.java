package io.ultralink.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.FailingDisk;
import io.ultralink.testing.Journals;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.SimpleTokenCounter;
import io.ultralink.testing.TestSegments;
import io.ultralink.testing.agnostic.FakeAgnosticModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fails on its N-th write, for every N a run makes: the run stops, every file it wrote
 * ends on a line boundary, and the next run on a good disk finishes with exactly the files of a run
 * that never failed (as sets of lines; no unit journalled twice).
 */
class WriteFailureTest {

    private static final LanguagePacks PACKS = LanguagePacks.load();

    @TempDir
    Path dir;

    @Test
    void specificPipeline_failingOnEachWrite_leavesWholeLinesAndResumesToTheSameFiles() throws IOException {
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), TestSegments.english(4));
        Path reference = dir.resolve("reference");
        FailingDisk counting = new FailingDisk(0);
        runSpecific(input, reference, counting);
        assertThat(counting.writes()).isGreaterThan(10);

        for (long n = 1; n <= counting.writes(); n++) {
            Path out = dir.resolve("fail-" + n);
            long failAt = n;
            assertThatThrownBy(() -> runSpecific(input, out, new FailingDisk(failAt)))
                    .as("write %d", n).isInstanceOf(UltraLinkException.class).hasMessageContaining("injected");
            assertWholeLines(out);

            runSpecific(input, out, new FailingDisk(0));

            assertSameLines(reference, out, "write " + n);
            assertThat(Journals.unitIds(LanguageSpecificPipeline.journalFile(out))).as("write %d", n)
                    .doesNotHaveDuplicates().hasSize(4);
        }
    }

    @Test
    void agnosticPipeline_failingOnEachWrite_leavesWholeLinesAndResumesToTheSameFiles() throws IOException {
        Path reference = dir.resolve("reference");
        FailingDisk counting = new FailingDisk(0);
        runAgnostic(reference, counting);
        assertThat(counting.writes()).isGreaterThan(10);

        for (long n = 1; n <= counting.writes(); n++) {
            Path out = dir.resolve("fail-" + n);
            long failAt = n;
            assertThatThrownBy(() -> runAgnostic(out, new FailingDisk(failAt)))
                    .as("write %d", n).isInstanceOf(UltraLinkException.class).hasMessageContaining("injected");
            assertWholeLines(out);

            runAgnostic(out, new FailingDisk(0));

            assertSameLines(reference, out, "write " + n);
        }
    }

    private static void runSpecific(Path input, Path out, FailingDisk disk) {
        try (RunStore store = RunStore.builder(out).channels(disk).open()) {
            LanguageSpecificPipeline.builder().model(new EchoModel()).packs(PACKS).detector(new ScriptDetector())
                    .tokenCounter(new SimpleTokenCounter()).seed(11).concurrency(2).outputDir(out).openAiOutput(true)
                    .retryFailed(true).runStore(store).build().run(input);
        }
    }

    private static void runAgnostic(Path out, FailingDisk disk) {
        try (RunStore store = RunStore.builder(out).channels(disk).open()) {
            LanguageAgnosticPipeline p = LanguageAgnosticPipeline.builder(new FakeAgnosticModel(Set.of()), PACKS,
                    new MarkerLanguageDetector(LanguageCode.ES)).targets(List.of(LanguageCode.ES, LanguageCode.FR))
                    .seed(3).concurrency(2).outputDir(out).runStore(store).build();
            p.run(math().iterator(), DataType.MATH);
        }
    }

    private static List<Conversation> math() {
        List<Conversation> items = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Conversation.of("m" + i, DataType.MATH, List.of(Message.user("What is " + i + " plus " + i + "?"),
                    Message.assistant("Add them together carefully.\nThe answer is: " + (2 * i)))));
        }
        return items;
    }

    /** Every file of the folder is empty or ends with a line break. */
    private static void assertWholeLines(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertThat(bytes.length == 0 || bytes[bytes.length - 1] == '\n').as(f + " ends on a line boundary")
                        .isTrue();
            }
        }
    }

    /** The JSONL files of both folders hold the same lines, journals compared by their unit lines. */
    private static void assertSameLines(Path reference, Path out, String what) throws IOException {
        Map<String, Set<String>> expected = lines(reference);
        assertThat(lines(out)).as(what).isEqualTo(expected);
    }

    private static Map<String, Set<String>> lines(Path folder) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                Set<String> set = new HashSet<>(Files.readAllLines(f, StandardCharsets.UTF_8));
                out.put(f.getFileName().toString(), set);
            }
        }
        return out;
    }
}
