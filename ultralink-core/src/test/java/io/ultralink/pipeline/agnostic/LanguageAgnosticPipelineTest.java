package io.ultralink.pipeline.agnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.SftRecord;
import io.ultralink.prune.PruningBudget;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.testing.agnostic.FakeAgnosticModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageAgnosticPipelineTest {

    static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    static final List<LanguageCode> TARGETS = List.of(LanguageCode.ES, LanguageCode.FR);

    @TempDir
    Path dir;

    static LanguageAgnosticPipeline pipeline(FakeAgnosticModel model, Path out) {
        return LanguageAgnosticPipeline.builder(model, PACKS, new MarkerLanguageDetector(LanguageCode.ES))
                .targets(TARGETS).seed(11).concurrency(3).outputDir(out)
                .budget(new PruningBudget(Map.of(LanguageCode.ES, Map.of(DataType.MATH, 3),
                        LanguageCode.FR, Map.of(DataType.MATH, 3))))
                .build();
    }

    Path shareGpt() throws Exception {
        Path file = dir.resolve("chat.jsonl");
        List<String> lines = new ArrayList<>();
        String[] questions = {"How do bees make honey?", "What is the best street food in Boston?",
            "Explain recursion with a simple example.", "Read https://example.com and summarise it.",
            "Why does ice float on water?", "How should I plan a study schedule?"};
        for (int i = 0; i < questions.length; i++) {
            lines.add("{\"id\":\"c" + i + "\",\"conversations\":[{\"from\":\"human\",\"value\":\"" + questions[i]
                    + "\"},{\"from\":\"gpt\",\"value\":\"Here is a careful and complete answer number " + i + ".\"}]}");
        }
        Files.write(file, lines);
        return file;
    }

    static List<SftRecord> records(Path file) {
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, RecordFormat.ULTRALINK).open()) {
            List<SftRecord> out = new ArrayList<>();
            in.forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void chatRun_filtersTranslatesAndResumesWithZeroCalls() throws Exception {
        Path out = dir.resolve("out");
        FakeAgnosticModel model = new FakeAgnosticModel(Set.of("Boston"));
        AgnosticSummary s;
        try (SourceReader in = SourceReader.open(shareGpt(), SourceFormat.SHAREGPT, BadLinePolicy.FAIL)) {
            s = pipeline(model, out).run(in, DataType.CHAT_AGNOSTIC);
        }
        assertThat(s.judged()).isEqualTo(6);
        assertThat(s.kept()).isEqualTo(4);
        assertThat(s.droppedByReason()).containsEntry("places", 1L).containsEntry("precheck:url", 1L);
        assertThat(s.translated()).containsEntry(LanguageCode.ES, 4L).containsEntry(LanguageCode.FR, 4L);
        assertThat(s.translationUsage().totalTokens()).isPositive();
        List<SftRecord> es = records(out.resolve("es_chat_agnostic.jsonl"));
        assertThat(es).extracting(SftRecord::id).containsExactlyInAnyOrder("es_chat_agnostic_0", "es_chat_agnostic_1",
                "es_chat_agnostic_2", "es_chat_agnostic_3");
        assertThat(es.get(0).messages().get(0).content()).contains("ó");
        assertThat(es).allSatisfy(r -> assertThat(r.metadata()).containsKey(MetadataKeys.SOURCE_ID)
                .containsEntry(MetadataKeys.MODEL, "scripted"));
        assertThat(io.ultralink.testing.Journals.units(out.resolve(LanguageAgnosticPipeline.AUDIT_FILE))).hasSize(6);

        FakeAgnosticModel again = new FakeAgnosticModel(Set.of("Boston"));
        AgnosticSummary second;
        try (SourceReader in = SourceReader.open(shareGpt(), SourceFormat.SHAREGPT, BadLinePolicy.FAIL)) {
            second = pipeline(again, out).run(in, DataType.CHAT_AGNOSTIC);
        }
        assertThat(again.calls()).isZero();
        assertThat(second.verdictsReused()).isEqualTo(6);
        assertThat(second.alreadyDone()).isEqualTo(8);
        assertThat(records(out.resolve("es_chat_agnostic.jsonl"))).hasSize(4);
    }

    static List<Conversation> math() {
        List<Conversation> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Conversation.of("m" + i, DataType.MATH, List.of(Message.user("What is " + i + " plus " + i + "?"),
                    Message.assistant("Add them together carefully.\nThe answer is: " + (2 * i)))));
        }
        return items;
    }

    @Test
    void mathRun_prunesToBudget_recordsRejectionsAndErrors_retriesOnlyErrors() throws Exception {
        Path out = dir.resolve("math");
        UnaryOperator<String> evil = s -> s.replace("answeró isó: 4", "answeró isó: 5");
        FakeAgnosticModel model = new FakeAgnosticModel(Set.of(), evil, "What is 3");
        AgnosticSummary s = pipeline(model, out).run(math().iterator(), DataType.MATH);
        assertThat(s.seen()).isEqualTo(6);
        assertThat(s.selected()).containsEntry(LanguageCode.ES, 3L).containsEntry(LanguageCode.FR, 3L);
        long handled = s.translated().values().stream().mapToLong(Long::longValue).sum()
                + s.rejected().values().stream().mapToLong(Long::longValue).sum() + s.translationErrors();
        assertThat(handled).isEqualTo(6);
        List<String> failures = Files.readAllLines(out.resolve("failures.jsonl"));
        assertThat(failures).allSatisfy(l -> assertThat(l).contains("\"stage\":\"translate\""));
        if (s.rejected().values().stream().mapToLong(Long::longValue).sum() > 0) {
            assertThat(s.rejectedByCheck()).containsKey("FINAL_ANSWER_PRESERVED");
            assertThat(failures).anySatisfy(l -> assertThat(l).contains("\"status\":\"rejected\"", "FINAL_ANSWER_PRESERVED"));
        }

        FakeAgnosticModel healed = new FakeAgnosticModel(Set.of());
        AgnosticSummary second = pipeline(healed, out).run(math().iterator(), DataType.MATH);
        assertThat(second.translated().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.translationErrors());
        assertThat(second.rejected()).isEmpty();
        assertThat(second.alreadyDone()).isEqualTo(6 - s.translationErrors());
    }

    @Test
    void translateNumbered_partsOfASelectionInOwnFolders_giveTheRecordsOfTheWholeRun() throws Exception {
        Path whole = dir.resolve("whole");
        var selection = pipeline(new FakeAgnosticModel(Set.of()), whole).prune(math().iterator(), DataType.MATH);
        pipeline(new FakeAgnosticModel(Set.of()), whole).translate(selection, DataType.MATH);
        List<Conversation> es = selection.selected(LanguageCode.ES);
        List<String> parts = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            java.util.SortedMap<Long, Conversation> items = new java.util.TreeMap<>();
            for (int n = part; n < es.size(); n += 2) {
                items.put((long) n, es.get(n));
            }
            Path folder = dir.resolve("part" + part);
            pipeline(new FakeAgnosticModel(Set.of()), folder).translateNumbered(LanguageCode.ES, DataType.MATH, items);
            parts.addAll(Files.readAllLines(folder.resolve("es_math.jsonl")));
        }

        assertThat(es).hasSize(3);
        assertThat(parts).hasSize(3).containsExactlyInAnyOrderElementsOf(Files.readAllLines(
                whole.resolve("es_math.jsonl")));
        assertThat(parts).anyMatch(line -> line.contains("\"es_math_1\""));
    }

    @Test
    void resume_afterCrashMidLine_repairsTheTailAndFinishesExactlyOnce() throws Exception {
        Path out = dir.resolve("crash");
        pipeline(new FakeAgnosticModel(Set.of()), out).run(math().iterator(), DataType.MATH);
        Path es = out.resolve("es_math.jsonl");
        List<String> lines = Files.readAllLines(es);
        Files.write(es, lines.subList(0, lines.size() - 1));
        Files.writeString(es, lines.get(lines.size() - 1).substring(0, 20), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        FakeAgnosticModel model = new FakeAgnosticModel(Set.of());
        AgnosticSummary s = pipeline(model, out).run(math().iterator(), DataType.MATH);
        assertThat(s.translated()).containsEntry(LanguageCode.ES, 1L).doesNotContainKey(LanguageCode.FR);
        List<SftRecord> after = records(es);
        assertThat(after).hasSize(lines.size());
        assertThat(after).extracting(SftRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void invalidItemsAreRejectedAndDuplicatesSkipped_withoutStoppingTheRun() {
        Path out = dir.resolve("code");
        List<Conversation> items = List.of(
                Conversation.of("k1", DataType.CODE, List.of(Message.user("Write a function that returns the answer."),
                        Message.assistant("Use a constant value for the result of the function."))),
                Conversation.of("k1", DataType.CODE, List.of(Message.user("Duplicate id item here."),
                        Message.assistant("Same id as before."))),
                Conversation.of("k2", DataType.CODE, List.of(Message.user("A question that was never answered."))));
        AgnosticSummary s = pipeline(new FakeAgnosticModel(Set.of()), out).run(items.iterator(), DataType.CODE);
        assertThat(s.translated()).containsEntry(LanguageCode.ES, 1L).containsEntry(LanguageCode.FR, 1L);
        assertThat(s.rejectedByCheck()).containsEntry("INVALID_RECORD", 2L);
        assertThat(s.duplicates()).isEqualTo(2);
        assertThat(s.report()).contains("INVALID_RECORD");
    }

    @Test
    void runFile_countsBadSourceRecordsAndListsThemWithTheirLine() throws Exception {
        Path file = shareGpt();
        Files.writeString(file, "{\"id\": \"bad\", \"conversations\": 3}\n", StandardOpenOption.APPEND);
        Path out = dir.resolve("file");
        AgnosticSummary s = pipeline(new FakeAgnosticModel(Set.of()), out).run(file, SourceFormat.SHAREGPT);
        assertThat(s.badSourceRecords()).isEqualTo(1);
        assertThat(s.judged()).isEqualTo(6);
        assertThat(Files.readAllLines(out.resolve("failures.jsonl")))
                .anySatisfy(l -> assertThat(l).contains("\"stage\":\"source\"", "chat.jsonl:7"));
    }

    @Test
    void resume_afterJudgeErrors_neverReusesARecordNumber() throws Exception {
        Path out = dir.resolve("ids");
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        io.ultralink.filter.CultureFilter flaky = c -> {
            if (c.id().equals("sharegpt:c0") && down.get()) {
                throw new io.ultralink.error.TransientLlmException("judge down");
            }
            return new io.ultralink.filter.CultureVerdict(c.id(), true, Map.of(), "ok",
                    io.ultralink.filter.CultureVerdict.DecidedBy.MODEL);
        };
        LanguageAgnosticPipeline first = LanguageAgnosticPipeline.builder(new FakeAgnosticModel(Set.of()), PACKS,
                new MarkerLanguageDetector(LanguageCode.ES)).targets(List.of(LanguageCode.ES)).outputDir(out)
                .cultureFilter(flaky).build();
        AgnosticSummary s1 = first.run(shareGpt(), SourceFormat.SHAREGPT);
        assertThat(s1.filterErrors()).isEqualTo(1);
        assertThat(s1.translated()).containsEntry(LanguageCode.ES, 5L);
        down.set(false);
        LanguageAgnosticPipeline second = LanguageAgnosticPipeline.builder(new FakeAgnosticModel(Set.of()), PACKS,
                new MarkerLanguageDetector(LanguageCode.ES)).targets(List.of(LanguageCode.ES)).outputDir(out)
                .cultureFilter(flaky).build();
        AgnosticSummary s2 = second.run(shareGpt(), SourceFormat.SHAREGPT);
        assertThat(s2.translated()).containsEntry(LanguageCode.ES, 1L);
        List<SftRecord> es = records(out.resolve("es_chat_agnostic.jsonl"));
        assertThat(es).hasSize(6);
        assertThat(es).extracting(SftRecord::id).doesNotHaveDuplicates();
        assertThat(es).extracting(r -> r.metadata().get(MetadataKeys.SOURCE_ID)).doesNotHaveDuplicates();
    }
}
