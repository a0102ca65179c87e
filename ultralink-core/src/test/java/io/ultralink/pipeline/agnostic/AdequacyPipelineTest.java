package io.ultralink.pipeline.agnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import io.ultralink.prune.PruningBudget;
import io.ultralink.source.SourceFormat;
import io.ultralink.stats.QualityReport;
import io.ultralink.testing.agnostic.FakeQuality;
import io.ultralink.testing.agnostic.FakeTranslatorModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Through the whole pipeline: a model whose translations are fluent (marked) text about something else,
 * with every placeholder and number kept, gets nothing accepted in maths, chat or code; a faithful one gets
 * everything, with its scores in the records; the rejections carry theirs into failures.jsonl.
 */
class AdequacyPipelineTest {

    static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    static final String UNRELATED = "The old lighthouse keeper painted the stairs every spring and told visitors long "
            + "stories about the storms of the northern coast";
    static final Pattern KEPT = Pattern.compile("⟦\\d+⟧|\\d+");

    @TempDir
    Path dir;

    /** Translations about something else that keep the placeholders and numbers of what they were given. */
    static ScriptedChatModel drifting() {
        return new ScriptedChatModel(r -> FakeQuality.answer(r).orElseGet(() -> ScriptedChatModel.ok(unrelated(r))));
    }

    static String unrelated(ChatRequest r) {
        String source = ScriptedChatModel.lastUser(r);
        StringBuilder sb = new StringBuilder(FakeTranslatorModel.translate(UNRELATED));
        Matcher m = KEPT.matcher(source);
        while (m.find()) {
            sb.append(' ').append(m.group());
        }
        return sb.append(source.strip().endsWith("?") ? "?" : ".").toString();
    }

    Path input(DataType type) throws Exception {
        Path file = dir.resolve(type.fileToken() + ".jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(switch (type) {
                case MATH -> "{\"query\": \"A farmer plants " + (12 + i) + " rows of beans with 8 plants in each row of the "
                        + "field. How many plants are there?\", \"response\": \"Every row holds 8 plants and there are "
                        + (12 + i) + " rows, so the farmer has " + (12 + i) + " * 8 = " + (8 * (12 + i))
                        + " plants in the field. The answer is: " + (8 * (12 + i)) + "\"}";
                case CODE -> "{\"problem\": \"Write a function that returns the largest of three numbers given by the "
                        + "caller, number " + i + ".\", \"solution\": \"def largest(a, b, c):\\n    return max(a, b, c)\\n\"}";
                default -> "{\"id\": \"c" + i + "\", \"conversations\": [{\"from\": \"human\", \"value\": \"Describe how "
                        + "bees turn the nectar of flowers into honey inside the hive, step " + i + "\"}, {\"from\": \"gpt\", "
                        + "\"value\": \"Worker bees carry nectar to the hive, pass it from mouth to mouth and fan it with "
                        + "their wings until most of the water evaporates and it thickens into honey.\"}]}";
            });
        }
        Files.write(file, lines);
        return file;
    }

    static SourceFormat format(DataType type) {
        return switch (type) {
            case MATH -> SourceFormat.METAMATHQA;
            case CODE -> SourceFormat.MAGICODER_OSS;
            default -> SourceFormat.SHAREGPT;
        };
    }

    AgnosticSummary run(ScriptedChatModel model, DataType type, Path out) throws Exception {
        return LanguageAgnosticPipeline.builder(model, PACKS, new MarkerLanguageDetector(LanguageCode.ES))
                .targets(List.of(LanguageCode.ES)).seed(3).concurrency(2).outputDir(out)
                .budget(new PruningBudget(Map.of(LanguageCode.ES, Map.of(type, 4))))
                .cultureFilter(c -> new io.ultralink.filter.CultureVerdict(c.id(), true, Map.of(), "kept",
                        io.ultralink.filter.CultureVerdict.DecidedBy.MODEL))
                .build().run(input(type), format(type));
    }

    static List<SftRecord> records(Path file) {
        List<SftRecord> out = new ArrayList<>();
        if (Files.exists(file)) {
            try (JsonlReader<SftRecord> in = JsonlRecords.reader(file, RecordFormat.ULTRALINK).open()) {
                in.forEachRemaining(out::add);
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"CHAT_AGNOSTIC", "MATH", "CODE"})
    void unrelatedButWellFormedTranslations_noneAccepted_scoresInFailures(DataType type) throws Exception {
        Path out = dir.resolve("drift");
        AgnosticSummary s = run(drifting(), type, out);
        assertThat(s.translated().getOrDefault(LanguageCode.ES, 0L)).as(s.report()).isZero();
        assertThat(s.rejected().get(LanguageCode.ES)).isEqualTo(4);
        assertThat(s.rejectedByCheck()).containsKey("BACK_TRANSLATION");
        List<String> failures = Files.readAllLines(out.resolve("failures.jsonl"));
        assertThat(failures).hasSize(4).allSatisfy(l -> assertThat(l).contains("\"scores\":{\"chrf\":",
                "\"BACK_TRANSLATION\":false", "back-translation chrF"));
        QualityReport q = QualityReport.read(out);
        assertThat(q.rows().get("es_" + type.fileToken()).rejected()).isEqualTo(4);
        assertThat(q.rows().get("es_" + type.fileToken()).checks().get("BACK_TRANSLATION")).containsExactly(4, 0);
    }

    @Test
    void faithfulTranslations_allAccepted_withTheirScoresInTheMetadata() throws Exception {
        Path out = dir.resolve("faithful");
        AgnosticSummary s = run(new FakeTranslatorModel(), DataType.CHAT_AGNOSTIC, out);
        assertThat(s.translated().get(LanguageCode.ES)).as(s.report()).isEqualTo(4);
        List<SftRecord> recs = records(out.resolve("es_chat_agnostic.jsonl"));
        assertThat(recs).hasSize(4).allSatisfy(r -> assertThat(r.metadata()).containsEntry("quality.chrf", "100")
                .containsEntry("quality.adequacy", "5").containsEntry("quality.fluency", "5")
                .hasEntrySatisfying("checks", c -> assertThat(c).contains("BACK_TRANSLATION", "ADEQUACY_JUDGE")));
        QualityReport q = QualityReport.read(out);
        assertThat(q.rows().get("es_chat_agnostic").accepted()).isEqualTo(4);
        assertThat(q.scoresByLanguage("chrf").get("es")).hasSize(4).containsOnly(100.0);
    }

    @Test
    void judgeThatNeverAnswersInJson_itemsRecordedAsErrors_neverAccepted() throws Exception {
        Path out = dir.resolve("broken-judge");
        FakeTranslatorModel translator = new FakeTranslatorModel();
        ScriptedChatModel model = new ScriptedChatModel(r -> r.stage().orElse("").equals("adequacy.judge")
                ? ScriptedChatModel.ok("I think it is a good translation.") : translator.chat(r));
        AgnosticSummary s = run(model, DataType.CHAT_AGNOSTIC, out);
        assertThat(s.translated().getOrDefault(LanguageCode.ES, 0L)).isZero();
        assertThat(s.translationErrors()).isEqualTo(4);
        assertThat(Files.readAllLines(out.resolve("failures.jsonl"))).hasSize(4)
                .allSatisfy(l -> assertThat(l).contains("\"status\":\"error\"", "adequacy judge gave no valid verdict"));
        assertThat(records(out.resolve("es_chat_agnostic.jsonl"))).isEmpty();
    }
}
