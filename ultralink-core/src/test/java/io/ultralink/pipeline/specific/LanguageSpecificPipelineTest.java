package io.ultralink.pipeline.specific;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.dialogue.DialoguePlan;
import io.ultralink.dialogue.EndingSchedule;
import io.ultralink.dialogue.Rejection;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.ScriptedChatModel;
import io.ultralink.testing.SimpleTokenCounter;
import io.ultralink.testing.TestSegments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSpecificPipelineTest {

    static final LanguagePacks PACKS = LanguagePacks.load();

    @TempDir
    Path dir;

    static LanguageSpecificPipelineBuilder pipeline(ChatModel model, Path out) {
        return LanguageSpecificPipeline.builder().model(model).packs(PACKS).detector(new ScriptDetector())
                .tokenCounter(new SimpleTokenCounter()).seed(11).concurrency(3).outputDir(out);
    }

    @Test
    void run_freshFolder_writesRecordsProvenanceOpenAiAndDoneLog() throws IOException {
        List<Segment> segments = TestSegments.english(6);
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), segments);
        Path out = dir.resolve("out");
        RunSummary summary = pipeline(new EchoModel(), out).openAiOutput(true).build().run(input);

        int expectedTurns = segments.stream()
                .mapToInt(s -> DialoguePlan.of(11, s.id(), EndingSchedule.DEFAULT).turns()).sum();
        assertThat(summary.segments()).isEqualTo(6);
        assertThat(summary.dialogues()).isEqualTo(6);
        assertThat(summary.turns()).isEqualTo(expectedTurns);
        assertThat(summary.failed()).isEmpty();
        assertThat(summary.questionTokens()).isPositive();
        assertThat(summary.averageAnswerTokens()).isGreaterThan(summary.averageQuestionTokens());

        assertThat(LanguageSpecificPipeline.recordsFile(out, LanguageCode.EN)).isEqualTo(out.resolve("en_chat_specific.jsonl"));
        assertThat(summary.averageTurnTokens()).isEqualTo(summary.averageQuestionTokens() + summary.averageAnswerTokens());
        List<SftRecord> records = read(out.resolve("en_chat_specific.jsonl"), RecordFormat.ULTRALINK);
        assertThat(records).extracting(SftRecord::id).containsExactlyInAnyOrder("en_chat_specific_0",
                "en_chat_specific_1", "en_chat_specific_2", "en_chat_specific_3", "en_chat_specific_4",
                "en_chat_specific_5");
        SftRecord r2 = records.stream().filter(r -> r.id().equals("en_chat_specific_2")).findFirst().orElseThrow();
        String q1 = r2.turns().get(0).question();
        assertThat(q1).startsWith("Please answer my question based on the following document.\n<document>\n"
                + segments.get(2).text() + "\n</document>\nWhy did towns on the ");
        assertThat(r2.turns().get(1).question()).doesNotContain("<document>");
        assertThat(r2.turns()).hasSize(DialoguePlan.of(11, segments.get(2).id(), EndingSchedule.DEFAULT).turns());
        assertThat(Files.readString(out.resolve("en_chat_specific.jsonl"))).doesNotContain("metadata");

        Map<String, JsonLine> provenance = byId(out.resolve("en_chat_specific.provenance.jsonl"));
        JsonLine p = provenance.get("en_chat_specific_2");
        assertThat(p.node().get("source_id").stringValue()).isEqualTo(segments.get(2).id());
        assertThat(p.node().get("page_id").stringValue()).isEqualTo("3");
        assertThat(p.node().get("revision_id").stringValue()).isEqualTo("1003");
        assertThat(p.node().get("title").stringValue()).isEqualTo(segments.get(2).source().title());
        assertThat(p.node().get("url").stringValue()).isEqualTo(segments.get(2).source().url());
        assertThat(p.node().get("segment_index").stringValue()).isEqualTo("2");
        assertThat(p.node().get("model").stringValue()).isEqualTo("echo-1");
        assertThat(p.node().get("prompt_version").stringValue()).isEqualTo("en-1+dialogue-2");
        assertThat(p.node().get("seed").stringValue()).isEqualTo("11");
        assertThat(p.node().get("prompt_layout").stringValue()).isEqualTo("CACHE_FRIENDLY");

        List<SftRecord> openAi = read(out.resolve("en_chat_specific.openai.jsonl"), RecordFormat.OPENAI_MESSAGES);
        assertThat(openAi).hasSize(6);
        assertThat(openAi.stream().filter(r -> r.id().equals("en_chat_specific_2")).findFirst().orElseThrow()
                .messages()).isEqualTo(r2.messages());
        assertThat(io.ultralink.testing.Journals.units(out.resolve("chat_specific.done.jsonl"))).hasSize(6);
    }

    @Test
    void run_again_skipsDoneSegmentsAndWritesNothing() throws IOException {
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), TestSegments.english(5));
        Path out = dir.resolve("out");
        pipeline(new EchoModel(), out).build().run(input);
        String before = Files.readString(out.resolve("en_chat_specific.jsonl"));
        ScriptedChatModel untouched = new ScriptedChatModel("echo-1", r -> {
            throw new AssertionError("no call expected");
        });
        RunSummary again = pipeline(untouched, out).build().run(input);
        assertThat(again.alreadyDone()).isEqualTo(5);
        assertThat(again.dialogues()).isZero();
        assertThat(Files.readString(out.resolve("en_chat_specific.jsonl"))).isEqualTo(before);
    }

    @Test
    void run_failingSegment_recordedWithReason_retriedOnlyWhenAsked() throws IOException {
        Path input = TestSegments.write(dir.resolve("segments.jsonl"), TestSegments.english(4));
        Path out = dir.resolve("out");
        EchoModel flaky = new EchoModel(0, doc -> doc.contains("(section 1)"));
        RunSummary first = pipeline(flaky, out).build().run(input);
        assertThat(first.dialogues()).isEqualTo(3);
        assertThat(first.failed()).isEqualTo(Map.of("TransientLlmException", 1L));
        String failure = Files.readString(LanguageSpecificPipeline.failuresFile(out));
        assertThat(failure).contains("\"segment_id\":\"en-2-1002-1\"").contains("scripted outage");

        RunSummary second = pipeline(flaky, out).build().run(input);
        assertThat(second.skippedFailed()).isEqualTo(1);
        assertThat(second.alreadyDone()).isEqualTo(3);

        RunSummary third = pipeline(new EchoModel(), out).retryFailed(true).build().run(input);
        assertThat(third.dialogues()).isEqualTo(1);
        assertThat(read(out.resolve("en_chat_specific.jsonl"), RecordFormat.ULTRALINK)).extracting(SftRecord::id)
                .containsExactlyInAnyOrder("en_chat_specific_0", "en_chat_specific_1", "en_chat_specific_2",
                        "en_chat_specific_3");
    }

    @Test
    void run_uncommittedAndPartialLinesFromCrash_removedBeforeContinuing() throws IOException {
        List<Segment> segments = TestSegments.english(4);
        Path out = dir.resolve("out");
        pipeline(new EchoModel(), out).build().run(TestSegments.write(dir.resolve("a.jsonl"), segments.subList(0, 2)));
        Path records = out.resolve("en_chat_specific.jsonl");
        // a crash after the record of segment 3 was written but before its done-log line, then a torn line
        Files.writeString(records, "{\"id\":\"en_chat_specific_2\",\"data\":[\"q\",\"stale\"]}\n{\"id\":\"en_chat",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(out.resolve("chat_specific.done.jsonl"), "{\"segment_id\":\"en-9", StandardOpenOption.APPEND);

        RunSummary summary = pipeline(new EchoModel(), out).build()
                .run(TestSegments.write(dir.resolve("b.jsonl"), segments));
        assertThat(summary.alreadyDone()).isEqualTo(2);
        assertThat(summary.dialogues()).isEqualTo(2);
        List<SftRecord> all = read(records, RecordFormat.ULTRALINK);
        assertThat(all).extracting(SftRecord::id).doesNotHaveDuplicates().hasSize(4);
        assertThat(all).noneMatch(r -> r.messages().get(1).content().equals("stale"));
        assertThat(Files.readString(records)).endsWith("\n");
    }

    @Test
    void run_uncommittedLineWhoseSegmentFailsOnRestart_stillRemoved() throws IOException {
        List<Segment> segments = TestSegments.english(3);
        Path out = dir.resolve("out");
        Path input = TestSegments.write(dir.resolve("a.jsonl"), segments);
        pipeline(new EchoModel(0, doc -> doc.contains("(section 2)")), out).build().run(input);
        Path provenance = out.resolve("en_chat_specific.provenance.jsonl");
        Files.writeString(out.resolve("en_chat_specific.jsonl"), "{\"id\":\"en_chat_specific_2\",\"data\":[\"q\",\"a\"]}\n",
                StandardOpenOption.APPEND);
        Files.writeString(provenance, "{\"id\":\"en_chat_specific_2\"}\n", StandardOpenOption.APPEND);

        RunSummary summary = pipeline(new EchoModel(0, doc -> true), out).retryFailed(true).build().run(input);
        assertThat(summary.failedTotal()).isEqualTo(1);
        assertThat(read(out.resolve("en_chat_specific.jsonl"), RecordFormat.ULTRALINK)).extracting(SftRecord::id)
                .containsExactlyInAnyOrder("en_chat_specific_0", "en_chat_specific_1");
        assertThat(byId(provenance)).containsOnlyKeys("en_chat_specific_0", "en_chat_specific_1");
    }

    @Test
    void run_gateRejections_countedAndNoDialogueIsFinal() throws IOException {
        Path input = TestSegments.write(dir.resolve("s.jsonl"), TestSegments.english(3));
        ScriptedChatModel terse = new ScriptedChatModel(r -> ScriptedChatModel.stop(ScriptedChatModel.isQuestion(r)
                ? "Why did river towns on the Danube grow so rich?" : "Tolls."));
        RunSummary summary = pipeline(terse, dir.resolve("out")).build().run(input);
        assertThat(summary.dialogues()).isZero();
        assertThat(summary.noDialogue()).isEqualTo(3);
        assertThat(summary.rejections()).isEqualTo(Map.of(Rejection.Reason.TOO_SHORT, 3L));
        assertThat(summary.endings()).containsEntry(io.ultralink.dialogue.DialogueResult.Ending.REJECTED, 3L);
        assertThat(pipeline(terse, dir.resolve("out")).build().run(input).alreadyDone()).isEqualTo(3);
    }

    @Test
    void run_repeatedSegmentInInput_generatedOnce() throws IOException {
        List<Segment> segments = new ArrayList<>(TestSegments.english(2));
        segments.add(segments.get(0));
        RunSummary summary = pipeline(new EchoModel(), dir.resolve("out")).build()
                .run(TestSegments.write(dir.resolve("s.jsonl"), segments));
        assertThat(summary.duplicateInput()).isEqualTo(1);
        assertThat(summary.dialogues()).isEqualTo(2);
    }

    @Test
    void run_progressListener_reportsEverySegment() throws IOException {
        List<Progress> reports = new ArrayList<>();
        pipeline(new EchoModel(), dir.resolve("out")).progressListener(reports::add).build()
                .run(TestSegments.write(dir.resolve("s.jsonl"), TestSegments.english(4)));
        assertThat(reports).hasSize(4);
        Progress last = reports.stream().max(java.util.Comparator.comparingLong(Progress::processed)).orElseThrow();
        assertThat(last.processed()).isEqualTo(4);
        assertThat(last.total()).isEqualTo(4);
        assertThat(last.usage().totalTokens()).isPositive();
    }

    @Test
    void run_folderInUseByAnotherRun_refused() throws Exception {
        Path input = TestSegments.write(dir.resolve("s.jsonl"), TestSegments.english(1));
        Path out = dir.resolve("out");
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ScriptedChatModel blocking = new ScriptedChatModel("echo-1", r -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ScriptedChatModel.stop("Why did river towns on the Danube grow so rich?");
        });
        Thread first = new Thread(() -> pipeline(blocking, out).build().run(input));
        first.start();
        inside.await();
        assertThatThrownBy(() -> pipeline(new EchoModel(), out).build().run(input))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is in use by this process");
        release.countDown();
        first.join();
        assertThat(pipeline(new EchoModel(), out).build().run(input).alreadyDone()).isEqualTo(1);
    }

    @Test
    void run_authenticationRejected_stopsRunWithoutMarkingSegmentsFailed() throws IOException {
        Path input = TestSegments.write(dir.resolve("s.jsonl"), TestSegments.english(5));
        ScriptedChatModel locked = new ScriptedChatModel(r -> {
            throw new io.ultralink.error.AuthenticationException("401 from the service");
        });
        assertThatThrownBy(() -> pipeline(locked, dir.resolve("out")).build().run(input))
                .isInstanceOf(io.ultralink.error.AuthenticationException.class);
        assertThat(Files.readString(LanguageSpecificPipeline.failuresFile(dir.resolve("out")))).isEmpty();
        assertThat(pipeline(new EchoModel(), dir.resolve("out")).build().run(input).dialogues()).isEqualTo(5);
    }

    @Test
    void run_badSegmentLine_failsNamingFileAndLine() throws IOException {
        Path input = TestSegments.write(dir.resolve("s.jsonl"), TestSegments.english(1));
        Files.writeString(input, "{\"id\": 3}\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> pipeline(new EchoModel(), dir.resolve("out")).build().run(input))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("s.jsonl:2");
    }

    @Test
    void run_languageWithoutPack_failsNamingIt() {
        Path input = TestSegments.write(dir.resolve("s.jsonl"),
                List.of(TestSegments.of(LanguageCode.of("it"), 1, 0, "Po", "Il Po attraversa la pianura padana.")));
        assertThatThrownBy(() -> pipeline(new EchoModel(), dir.resolve("out")).build().run(input))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'it'");
    }

    static List<SftRecord> read(Path file, RecordFormat format) {
        try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, format).defaultLanguage(LanguageCode.EN)
                .defaultType(io.ultralink.model.DataType.CHAT_SPECIFIC).open()) {
            List<SftRecord> out = new ArrayList<>();
            in.forEachRemaining(out::add);
            return out;
        }
    }

    static Map<String, JsonLine> byId(Path file) {
        Map<String, JsonLine> out = new java.util.HashMap<>();
        try (JsonlReader<JsonLine> in = JsonlReader.open(file, BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> assertThat(out.put(l.node().get("id").stringValue(), l)).isNull());
        }
        return out;
    }
}
