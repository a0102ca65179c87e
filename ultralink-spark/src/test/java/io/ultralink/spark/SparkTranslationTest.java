package io.ultralink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.ResumeMode;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkTranslationTest {

    static final List<LanguageCode> TARGETS = List.of(LanguageCode.ES, LanguageCode.FR);
    static final DataType CHAT = DataType.CHAT_AGNOSTIC;

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
    void translate_scriptedModel_sameRecordsAsSingleMachineRun() throws Exception {
        List<Conversation> items = items();
        Path out = dir.resolve("spark");

        SparkTranslation.Summary s = SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(3, false),
                out, ResumeMode.RESUME);

        Path single = singleMachine(items, new FakeAgnostic(3, false));
        for (LanguageCode lang : TARGETS) {
            List<String> expected = Files.readAllLines(single.resolve(ReleaseFiles.fileName(lang, CHAT)));
            assertThat(expected).as("reference records of %s", lang).hasSize(6);
            assertThat(lines(out.resolve("chat_agnostic/records/lang=" + lang.code())))
                    .containsExactlyElementsOf(expected.stream().sorted(byNumber()).toList());
        }
        assertThat(s).isEqualTo(new SparkTranslation.Summary(9, 14, 14, 12));
        assertThat(lines(out.resolve("chat_agnostic/failures/lang=es"))).singleElement().asString()
                .contains("\"status\":\"error\"").contains("\"id\":\"sharegpt:c8\"");
    }

    @Test
    void translate_everyTaskFailsOnceOnItsFirstAttempt_noDuplicateAndTheSameRecords() throws Exception {
        List<Conversation> items = items();
        Path out = dir.resolve("spark");
        int killedBefore = FakeAgnostic.KILLED.get();

        SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(3, true), out, ResumeMode.RESUME);

        assertThat(FakeAgnostic.KILLED.get() - killedBefore).as("first attempts killed").isGreaterThanOrEqualTo(4);
        Path single = singleMachine(items, new FakeAgnostic(3, false));
        for (LanguageCode lang : TARGETS) {
            assertThat(lines(out.resolve("chat_agnostic/records/lang=" + lang.code()))).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(single.resolve(
                            ReleaseFiles.fileName(lang, CHAT))));
        }
        assertThat(spark.read().parquet(out.resolve("chat_agnostic/translated").toString()).count()).isEqualTo(14);
        assertThat(spark.read().parquet(out.resolve("chat_agnostic/verdicts").toString()).count()).isEqualTo(9);
    }

    @Test
    void rerun_sameSettings_reusesEverythingButTheModelErrors() throws Exception {
        List<Conversation> items = items();
        Path out = dir.resolve("spark");
        SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(3, false), out, ResumeMode.RESUME);
        List<String> first = lines(out.resolve("chat_agnostic/records/lang=fr"));
        int callsBefore = FakeAgnostic.CALLS.get();

        SparkTranslation.Summary again = SparkTranslation.run(spark, items, CHAT, TARGETS, 2,
                new FakeAgnostic(3, false), out, ResumeMode.RESUME);

        assertThat(again).isEqualTo(new SparkTranslation.Summary(0, 14, 2, 12));
        assertThat(FakeAgnostic.CALLS.get() - callsBefore).as("calls: only the model error of each target, tried twice")
                .isEqualTo(4);
        assertThat(lines(out.resolve("chat_agnostic/records/lang=fr"))).containsExactlyElementsOf(first);
    }

    @Test
    void rerun_afterJudgeErrors_judgesOnlyThoseAgainAndTranslatesWhatItKeeps() throws Exception {
        List<Conversation> items = items();
        Path out = dir.resolve("spark");
        SparkTranslation.Summary down = SparkTranslation.run(spark, items, CHAT, TARGETS, 2,
                new FakeAgnostic(3, false, true), out, ResumeMode.RESUME);

        SparkTranslation.Summary up = SparkTranslation.run(spark, items, CHAT, TARGETS, 2,
                new FakeAgnostic(3, false, false), out, ResumeMode.RESUME);

        assertThat(down.selected()).as("the tides conversation is not kept while its judge fails").isEqualTo(12);
        assertThat(up.judged()).as("only the failed verdict judged again").isEqualTo(1);
        assertThat(up.selected()).isEqualTo(14);
        Path single = singleMachine(items, new FakeAgnostic(3, false));
        assertThat(lines(out.resolve("chat_agnostic/records/lang=es"))).containsExactlyInAnyOrderElementsOf(
                Files.readAllLines(single.resolve(ReleaseFiles.fileName(LanguageCode.ES, CHAT))));
    }

    @Test
    void rerun_changedSettings_refusesNamingTheChangeUnlessRerunChangedOrFresh() throws Exception {
        List<Conversation> items = items();
        Path out = dir.resolve("spark");
        SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(3, false), out, ResumeMode.RESUME);
        List<String> first = lines(out.resolve("chat_agnostic/records/lang=es"));
        int callsBefore = FakeAgnostic.CALLS.get();

        assertThatThrownBy(() -> SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(2, false), out,
                ResumeMode.RESUME)).isInstanceOf(ChangedWorkException.class)
                .hasMessageContaining("translate: 14 units").hasMessageContaining("settings.maxAttempts: 3 -> 2");
        assertThat(FakeAgnostic.CALLS.get()).as("no call when refused").isEqualTo(callsBefore);

        SparkTranslation.Summary rerun = SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(2, false),
                out, ResumeMode.RERUN_CHANGED);
        assertThat(rerun).isEqualTo(new SparkTranslation.Summary(0, 14, 14, 12));
        assertThat(lines(out.resolve("chat_agnostic/records/lang=es"))).containsExactlyElementsOf(first);
        SparkTranslation.Summary resumed = SparkTranslation.run(spark, items, CHAT, TARGETS, 3,
                new FakeAgnostic(2, false), out, ResumeMode.RESUME);
        assertThat(resumed.translated()).as("only the model errors after the rerun").isEqualTo(2);

        SparkTranslation.Summary fresh = SparkTranslation.run(spark, items, CHAT, TARGETS, 3, new FakeAgnostic(3, false),
                out, ResumeMode.FRESH);
        assertThat(fresh).isEqualTo(new SparkTranslation.Summary(9, 14, 14, 12));
        assertThat(spark.read().parquet(out.resolve("chat_agnostic/translated").toString()).count()).isEqualTo(14);
    }

    /** Nine ShareGPT conversations: one names Boston, one has a URL (both dropped), one cannot be translated. */
    private List<Conversation> items() throws IOException {
        String[] questions = {"How do bees make honey?", "What is the best street food in Boston?",
            "Explain recursion with a simple example.", "Read https://example.com and summarise it.",
            "Why does ice float on water?", "How should I plan a study schedule?", "What makes bread rise?",
            "How do tides work?", "How does a glacier move?"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            lines.add("{\"id\":\"c" + i + "\",\"conversations\":[{\"from\":\"human\",\"value\":\"" + questions[i]
                    + "\"},{\"from\":\"gpt\",\"value\":\"Here is a careful and complete answer number " + i + ".\"}]}");
        }
        Path file = Files.write(dir.resolve("chat.jsonl"), lines);
        List<Conversation> out = new ArrayList<>();
        try (SourceReader in = SourceReader.open(file, SourceFormat.SHAREGPT, BadLinePolicy.FAIL)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    /** The single-machine run: one pipeline per target into one folder, as {@code ultralink translate} runs them. */
    private Path singleMachine(List<Conversation> items, FakeAgnostic factory) {
        Path out = dir.resolve("single");
        for (LanguageCode lang : TARGETS) {
            factory.pipeline(factory.model(), lang, out).run(items.iterator(), CHAT);
        }
        return out;
    }

    private static java.util.Comparator<String> byNumber() {
        return java.util.Comparator.comparingLong(line -> {
            String id = line.substring(line.indexOf("\"id\":\"") + 6);
            id = id.substring(0, id.indexOf('"'));
            return Long.parseLong(id.substring(id.lastIndexOf('_') + 1));
        });
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(f));
            }
        }
        return all;
    }
}
