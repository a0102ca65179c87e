package io.ultralink.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagePacksTest {

    @TempDir
    Path dir;

    private static String builtInText(String code) throws IOException {
        try (InputStream in = LanguagePacks.class.getClassLoader()
                .getResourceAsStream("io/ultralink/language/packs/" + code + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en, ENGLISH, NONE, Please answer my question based on the following document.",
        "zh, CHINESE, T2S, 请根据以下文档回答我的问题。",
        "ru, RUSSIAN, NONE, ",
        "fr, FRENCH, NONE, ",
        "es, SPANISH, NONE, "
    })
    void builtIn_eachPack_loadsWithItsSettings(String code, String lingua, ScriptConversion conversion, String prefix) {
        LanguagePack pack = LanguagePacks.builder().addBuiltIn().build().get(LanguageCode.of(code));
        assertThat(pack.code().code()).isEqualTo(code);
        assertThat(pack.languageId().linguaLanguage()).isEqualTo(lingua);
        assertThat(pack.scriptConversion()).isEqualTo(conversion);
        if (prefix != null) {
            assertThat(pack.documentPrefix()).isEqualTo(prefix);
        }
        assertThat(pack.textReferencePhrases()).isNotEmpty();
        assertThat(pack.dialogue().initialQuestion()).contains("<document>");
        assertThat(pack.translationInstructions()).contains("⟦N⟧");
        assertThat(pack.promptVersion()).startsWith(code + "-");
    }

    @Test
    void builtIn_promptsAreWrittenInTheirOwnLanguage() {
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        assertThat(packs.codes()).containsExactly(LanguageCode.EN, LanguageCode.ES, LanguageCode.FR, LanguageCode.RU,
                LanguageCode.ZH);
        assertThat(packs.get(LanguageCode.ZH).dialogue().initialAnswer()).containsPattern("\\p{IsHan}{8}");
        assertThat(packs.get(LanguageCode.RU).dialogue().inDepthQuestion()).containsPattern("\\p{IsCyrillic}{6}");
        assertThat(packs.get(LanguageCode.FR).dialogue().expansiveQuestion()).containsPattern("[éèàç]");
        assertThat(packs.get(LanguageCode.ES).dialogue().followUpAnswer()).containsPattern("[áéíóúñ¿]");
        for (LanguagePack pack : packs.all()) {
            if (pack.code().isEnglish()) {
                continue;
            }
            assertThat(pack.dialogue().initialQuestion()).isNotEqualTo(packs.get(LanguageCode.EN).dialogue().initialQuestion())
                    .as(pack.code().code());
        }
    }

    @Test
    void builtIn_cultureFilterPrompts_presentNativeAndCoverEveryCriterion() {
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        for (LanguagePack pack : packs.all()) {
            CultureFilterPrompts prompts = pack.cultureFilterPrompts().orElseThrow();
            assertThat(prompts.criteria().keySet()).as(pack.code().code())
                    .containsExactlyElementsOf(CultureFilterPrompts.CRITERIA);
            assertThat(prompts.answerFormat()).as(pack.code().code()).contains("\"match\"", "\"reason\"");
        }
        assertThat(packs.get(LanguageCode.ZH).cultureFilterPrompts().orElseThrow().instructions())
                .containsPattern("\\p{IsHan}{8}");
        assertThat(packs.get(LanguageCode.RU).cultureFilterPrompts().orElseThrow().describe("places"))
                .containsPattern("\\p{IsCyrillic}{6}");
        assertThat(packs.get(LanguageCode.FR).cultureFilterPrompts().orElseThrow().instructions()).contains("francophone");
        assertThat(packs.get(LanguageCode.ES).cultureFilterPrompts().orElseThrow().instructions()).contains("hispanohablante");
        assertThat(packs.get(LanguageCode.EN).cultureFilterPrompts().orElseThrow().instructions())
                .startsWith("You review English conversations");
    }

    @Test
    void addFile_packWithoutCultureFilter_stillLoads() throws Exception {
        Path old = dir.resolve("old-en.yaml");
        String text = builtInText("en");
        Files.writeString(old, text.substring(0, text.indexOf("cultureFilter:")));
        LanguagePack pack = LanguagePacks.builder().addFile(old).build().get(LanguageCode.EN);
        assertThat(pack.cultureFilterPrompts()).isEmpty();
        assertThat(pack.translationInstructions()).contains("⟦N⟧");
    }

    @Test
    void builtIn_qualityBlocks_thresholdsAndNativeJudgePrompts() {
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        for (LanguagePack p : packs.all()) {
            assertThat(p.quality().minChrF()).as(p.code().code()).isEqualTo(50.0);
            assertThat(p.quality().adequacyJudgePrompt()).as(p.code().code()).hasValueSatisfying(t -> assertThat(t)
                    .contains("\"adequacy\"", "\"fluency\"", "<document>"));
            assertThat(p.quality().groundednessJudgePrompt()).as(p.code().code()).isPresent();
        }
        assertThat(packs.get(LanguageCode.ZH).quality().adequacyJudgePrompt().orElseThrow()).contains("忠实度");
        assertThat(packs.get(LanguageCode.RU).quality().adequacyJudgePrompt().orElseThrow()).contains("точность");
    }

    @Test
    void addFile_packWithoutQualityBlock_takesTheDefaults() throws Exception {
        Path old = dir.resolve("old-en.yaml");
        String text = builtInText("en");
        Files.writeString(old, text.substring(0, text.indexOf("quality:")));
        LanguagePack pack = LanguagePacks.builder().addFile(old).build().get(LanguageCode.EN);
        assertThat(pack.quality()).isEqualTo(io.ultralink.language.QualitySettings.DEFAULTS);
    }

    @Test
    void get_unknownLanguage_failsListingAvailable() {
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        assertThatThrownBy(() -> packs.get(LanguageCode.of("ja")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'ja'").hasMessageContaining("[en, es, fr, ru, zh]");
    }

    @Test
    void addFile_newLanguage_registeredWithoutCode() throws Exception {
        Path it = dir.resolve("it.yaml");
        Files.writeString(it, builtInText("en").replace("code: en", "code: it").replace("lingua: ENGLISH", "lingua: italian")
                .replace("promptVersion: \"en-1\"", "promptVersion: \"it-1\""));
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().addFile(it).build();
        assertThat(packs.get(LanguageCode.of("it")).languageId().linguaLanguage()).isEqualTo("ITALIAN");
        assertThat(packs.codes()).hasSize(6);
    }

    @Test
    void addFile_sameLanguage_overridesBuiltIn() throws Exception {
        Path en = dir.resolve("my-en.yaml");
        Files.writeString(en, builtInText("en").replace("minConfidence: 0.5", "minConfidence: 0.9"));
        assertThat(LanguagePacks.builder().addBuiltIn().addFile(en).build().get(LanguageCode.EN).languageId().minConfidence())
                .isEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing dialogue prompt | '  initialAnswer: |' | '  initialAnswerX: |' | dialogue.initialAnswerX",
        "missing top-level field | 'documentPrefix:' | 'documentPrefx:' | documentPrefx",
        "confidence out of range | 'minConfidence: 0.5' | 'minConfidence: 1.5' | languageId.minConfidence",
        "confidence not a number | 'minConfidence: 0.5' | 'minConfidence: high' | languageId.minConfidence",
        "bad script conversion | 'scriptConversion: none' | 'scriptConversion: s2t' | scriptConversion",
        "bad language code | 'code: en' | 'code: english' | code",
        "unknown criterion | '    places:' | '    placez:' | cultureFilter.criteria.placez",
        "criterion missing | '    places: countries, regions, states, cities, streets or addresses' | '' | cultureFilter.criteria.places",
        "empty description | '    code_or_math_formulas: source code or mathematical formulas' | '    code_or_math_formulas: \"\"' | cultureFilter.criteria.code_or_math_formulas",
        "misspelt instructions | '  instructions: |\n    You review' | '  instructionz: |\n    You review' | cultureFilter.instructionz",
        "unknown field in cultureFilter | '  criteria:\n' | '  criteria: all\n  unused:\n' | cultureFilter.unused",
        "chrF out of range | 'minChrF: 50' | 'minChrF: 150' | quality.minChrF",
        "adequacy not whole | 'minAdequacy: 4' | 'minAdequacy: 3.5' | quality.minAdequacy",
        "unknown quality field | 'minFluency: 4' | 'minFluency: 4\n  minBleu: 20' | quality.minBleu",
        "judge prompt still marked | '  adequacyJudge: |\n' | '  adequacyJudge: |\n    TODO(native)\n' | quality.adequacyJudge"
    })
    void addFile_brokenPack_failsNamingFileAndField(String why, String from, String to, String field) throws Exception {
        Path bad = dir.resolve("broken.yaml");
        String text = builtInText("en");
        assertThat(text).contains(from);
        Files.writeString(bad, text.replace(from, to));
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("'" + field + "'");
    }

    @Test
    void addFile_phrasesNotAList_namesField() throws Exception {
        Path bad = dir.resolve("phrases.yaml");
        String text = builtInText("en");
        String cut = text.substring(0, text.indexOf("textReferencePhrases:")) + "textReferencePhrases: according\n"
                + text.substring(text.indexOf("translation:"));
        Files.writeString(bad, cut);
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(bad))
                .hasMessageContaining("phrases.yaml").hasMessageContaining("'textReferencePhrases' must be a list");
    }

    @Test
    void addFile_missingFieldEntirely_namesIt() throws Exception {
        Path bad = dir.resolve("nolabel.yaml");
        Files.writeString(bad, builtInText("en").replace("  historyLabel: \"Conversation so far:\"\n", ""));
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(bad))
                .hasMessageContaining("nolabel.yaml").hasMessageContaining("'dialogue.historyLabel' missing");
    }

    @Test
    void addFile_notYamlOrMissing_failsNamingFile() throws Exception {
        Path bad = dir.resolve("garbage.yaml");
        Files.writeString(bad, "code: [unclosed\n  : :");
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(bad)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("garbage.yaml");
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(dir.resolve("absent.yaml")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("absent.yaml");
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        assertThatThrownBy(() -> LanguagePacks.builder().addFile(list)).hasMessageContaining("mapping");
    }

    @Test
    void addClassPath_indexListingMissingResource_failsNamingIt() throws Exception {
        Path index = dir.resolve(LanguagePacks.INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# packs\npacks/xx.yaml\n");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> LanguagePacks.builder().addClassPath(loader))
                    .hasMessageContaining("packs/xx.yaml");
        }
    }
}
