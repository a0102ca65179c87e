package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceMetadata;
import io.ultralink.source.SourceReader;
import io.ultralink.testing.agnostic.FakeTranslatorModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.translate.internal.CodeComparison;
import io.ultralink.translate.internal.Piece;
import io.ultralink.translate.internal.PythonSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance test of issue 6: all of HumanEval keeps its code byte for byte. */
class HumanEvalTranslationTest {

    static List<Conversation> tasks;

    @BeforeAll
    static void load() {
        Path file = Path.of(System.getProperty("ultralink.shared.dir", "../../shared"), "data", "sft",
                "humaneval_en.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "shared HumanEval absent");
        tasks = SourceReader.readAll(file, SourceFormat.HUMANEVAL, BadLinePolicy.FAIL);
    }

    static List<String> structuralLines(String code) {
        List<String> out = new ArrayList<>();
        for (String line : code.split("\n")) {
            String t = line.strip();
            if (t.matches("(def|import|from|return|class)\\b.*") || t.startsWith(">>>")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void pythonSplit_joinsBackToTheSource() {
        for (Conversation c : tasks) {
            for (var m : c.messages()) {
                assertThat(Piece.join(PythonSource.split(m.content()))).isEqualTo(m.content());
            }
        }
    }

    @Test
    void all164Prompts_keepEntryPointAndEveryCodeLine() {
        assertThat(tasks).hasSize(164);
        FakeTranslatorModel model = new FakeTranslatorModel();
        VerifiedTranslator translator = VerifiedTranslator.builder(model, LanguagePacks.builder().addBuiltIn().build(),
                new MarkerLanguageDetector(LanguageCode.ES)).build();
        int accepted = 0;
        int changed = 0;
        for (Conversation c : tasks) {
            TranslationResult r = translator.translate(c, LanguageCode.ES);
            assertThat(r.accepted()).as("%s: %s", c.id(), r.failures()).isTrue();
            assertThat(r.verified(Check.CODE_UNCHANGED)).isTrue();
            accepted++;
            String src = c.messages().get(0).content();
            String out = r.translation().get().messages().get(0).content();
            String ep = c.metadata().get(SourceMetadata.ENTRY_POINT);
            assertThat(out).as(c.id()).contains("def " + ep + "(");
            assertThat(structuralLines(out)).as(c.id()).isEqualTo(structuralLines(src));
            assertThat(PythonSource.codeLines(out)).as(c.id()).isEqualTo(PythonSource.codeLines(src));
            assertThat(r.translation().get().messages().get(1).content().replaceAll("#.*", ""))
                    .isEqualTo(c.messages().get(1).content().replaceAll("#.*", ""));
            if (!out.equals(src) && out.contains(FakeTranslatorModel.MARK)) {
                changed++;
            }
        }
        assertThat(accepted).isEqualTo(164);
        assertThat(changed).as("prompts whose docstring was translated").isGreaterThanOrEqualTo(160);
    }

    @Test
    void all164_aRenamingModelIsAlwaysRejected() {
        FakeTranslatorModel renamer = new FakeTranslatorModel(
                s -> s.replaceAll("⟦\\d+⟧", "renamed_fn").replaceAll("(?m)^(.*)$", "$1"));
        VerifiedTranslator translator = VerifiedTranslator.builder(renamer, LanguagePacks.builder().addBuiltIn().build(),
                new MarkerLanguageDetector(LanguageCode.ES)).maxAttempts(1).build();
        int withMasks = 0;
        for (Conversation c : tasks) {
            TranslationResult r = translator.translate(c, LanguageCode.ES);
            if (r.accepted()) {
                assertThat(r.translation().get().messages().get(0).content()).doesNotContain("renamed_fn");
            } else {
                withMasks++;
            }
        }
        assertThat(withMasks).as("prompts whose prose names code, all rejected").isGreaterThanOrEqualTo(80);
    }

    @Test
    void all164_renamedOrEditedCodeIsFlaggedByTheFinalComparison() {
        for (Conversation c : tasks) {
            String src = c.messages().get(0).content();
            String ep = c.metadata().get(SourceMetadata.ENTRY_POINT);
            String renamed = src.replace("def " + ep + "(", "def " + ep + "_es(");
            assertThat(CodeComparison.problem(src, renamed, true, ep)).as(c.id()).isPresent();
            String edited = src.replaceFirst("(?m)^(def .*)$", "$1  # comentario");
            assertThat(CodeComparison.problem(src, edited, true, ep)).as(c.id()).isPresent();
            assertThat(CodeComparison.problem(src, src, true, ep)).isEmpty();
        }
    }
}
