package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.dialogue.EndingSchedule;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.backends.Backends;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.text.segment.SegmenterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end on real data: knowledge preparation of the English minidump, then the language-specific
 * pipeline with the embedded llama.cpp backend on the tiny model. The tiny model writes English-like
 * nonsense, so the quality gates may reject any turn: this checks the mechanics (release shape,
 * provenance, done-log, consistent counts, resume without model calls), not the content.
 */
class DumpToDialoguesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SEGMENTS = 3;

    @TempDir
    Path dir;

    @Test
    void run_realDumpAndTinyModel_writesReleaseRecordsAndResumesWithoutCalls() throws IOException {
        Path shared = Paths.get(System.getProperty("ultralink.shared.dir", "../shared"), "data");
        Path dump = shared.resolve("wiki/enwiki-minidump.xml.bz2");
        Path gguf = shared.resolve("models/stories260K.gguf");
        Assumptions.assumeTrue(Files.isRegularFile(dump) && Files.isRegularFile(gguf), "shared data absent");
        LanguagePacks packs = LanguagePacks.load();
        DumpToDialogues method = new DumpToDialogues(packs, new SegmenterSettings(150, 3_000, 150, 299));
        Path out = dir.resolve("out");

        Path prepared = method.prepare(dump, null, dir.resolve("prep"));
        List<String> all = Files.readAllLines(prepared);
        assertThat(all).hasSizeGreaterThan(SEGMENTS);
        Path segments = Files.write(dir.resolve("en_segments.jsonl"), all.subList(0, SEGMENTS));
        DialogueSettings settings = DialogueSettings.builder().maxQuestionTokens(24).maxAnswerTokens(40)
                .minAnswerTokens(3).schedule(new EndingSchedule(0.5, 2.0, 3)).temperature(0.8).build();

        RunSummary first;
        RunSummary second;
        FirstSentenceModel model = new FirstSentenceModel(Backends.llamaCppBuilder(gguf).threads(1).cachePrompt(true)
                .build());
        try (model) {
            first = method.generate(segments, model, settings, 7, 1, out, null);
            int calls = model.calls();
            second = method.generate(segments, model, settings, 7, 1, out, null);
            assertThat(model.calls()).as("model calls on resume").isEqualTo(calls);
        }

        System.out.printf("tiny model on %d real segments: %d calls, dialogues %d, no dialogue %d, failed %s, "
                + "rejections %s, usage %s%n", SEGMENTS, model.calls(), first.dialogues(), first.noDialogue(),
                first.failed(), first.rejections(), first.usage());
        assertThat(first.segments()).isEqualTo(SEGMENTS);
        assertThat(first.dialogues() + first.noDialogue() + first.failedTotal()).isEqualTo(SEGMENTS);
        assertThat(first.usage().promptTokens()).isPositive();
        assertThat(first.usage().cachedPromptTokens()).as("prefix reused by llama.cpp").isPositive()
                .isLessThan(first.usage().promptTokens());
        assertThat(second.dialogues() + second.noDialogue() + second.failedTotal()).isZero();
        assertThat(second.alreadyDone()).isEqualTo(first.dialogues() + first.noDialogue());
        assertThat(second.skippedFailed()).isEqualTo(first.failedTotal());

        LanguagePack en = packs.get(LanguageCode.EN);
        Set<String> segmentIds = all.subList(0, SEGMENTS).stream().map(l -> text(JSON.readTree(l), "id"))
                .collect(Collectors.toSet());
        List<JsonNode> records = lines(LanguageSpecificPipeline.recordsFile(out, LanguageCode.EN));
        assertThat(records).hasSize((int) first.dialogues());
        Set<String> recordIds = new HashSet<>();
        for (JsonNode r : records) {
            assertThat(r.propertyNames()).containsExactlyInAnyOrder("id", "data");
            assertThat(text(r, "id")).matches("en_chat_specific_[0-2]");
            recordIds.add(text(r, "id"));
            assertThat(r.get("data").size()).isEven().isGreaterThanOrEqualTo(2);
            assertThat(r.get("data").get(0).stringValue()).startsWith(en.documentPrefix() + "\n" + DocumentBlock.OPEN);
        }
        assertThat(lines(LanguageSpecificPipeline.openAiFile(out, LanguageCode.EN))).hasSize(records.size());

        List<JsonNode> provenance = lines(LanguageSpecificPipeline.provenanceFile(out, LanguageCode.EN));
        assertThat(provenance.stream().map(p -> text(p, "id")).collect(Collectors.toSet())).isEqualTo(recordIds);
        for (JsonNode p : provenance) {
            assertThat(segmentIds).contains(text(p, "source_id"));
            assertThat(text(p, "url")).startsWith("https://en.wikipedia.org/");
            assertThat(text(p, "title")).isNotBlank();
            assertThat(text(p, "model")).isEqualTo("stories260K");
            assertThat(text(p, "seed")).isEqualTo("7");
        }

        List<JsonNode> done = lines(out.resolve("chat_specific.done.jsonl")).stream().filter(d -> d.hasNonNull("unit"))
                .toList();
        assertThat(done).hasSize((int) (first.dialogues() + first.noDialogue()));
        assertThat(done.stream().map(d -> text(d, "unit"))).allMatch(segmentIds::contains).doesNotHaveDuplicates();
        assertThat(done.stream().filter(d -> d.hasNonNull("ref")).map(d -> text(d, "ref"))
                .collect(Collectors.toSet())).isEqualTo(recordIds);
        assertThat(lines(LanguageSpecificPipeline.failuresFile(out))).hasSize((int) first.failedTotal());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertThat(value).as(field).isNotNull();
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }
}
