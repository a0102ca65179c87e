package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.language.CultureFilterPrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptConversion;
import io.ultralink.model.LanguageCode;
import org.junit.jupiter.api.Test;

/** The German pack ships as a resource of this module only: a new language needs no code. */
class GermanPackTest {

    @Test
    void load_classPathIndex_addsGermanBesideBuiltIns() {
        LanguagePacks packs = LanguagePacks.load();
        assertThat(packs.codes()).contains(LanguageCode.of("de"), LanguageCode.EN, LanguageCode.ZH, LanguageCode.RU,
                LanguageCode.FR, LanguageCode.ES);
        LanguagePack de = packs.get(LanguageCode.of("de"));
        assertThat(de.languageId().linguaLanguage()).isEqualTo("GERMAN");
        assertThat(de.scriptConversion()).isEqualTo(ScriptConversion.NONE);
        assertThat(de.documentPrefix()).isEqualTo("Bitte beantworte meine Frage anhand des folgenden Dokuments.");
        assertThat(de.dialogue().initialQuestion()).contains(DocumentBlock.OPEN).containsPattern("[äöüß]");
        assertThat(de.textReferencePhrases()).anyMatch(p -> p.toLowerCase().contains("text"));
        assertThat(de.translationInstructions()).contains("⟦N⟧");
        assertThat(de.cultureFilterPrompts()).hasValueSatisfying(judge -> {
            assertThat(judge.instructions()).contains("deutschsprachigen Raum");
            assertThat(judge.criteria().keySet()).containsExactlyElementsOf(CultureFilterPrompts.CRITERIA);
        });
    }

    @Test
    void builtInOnly_hasNoGerman() {
        assertThat(LanguagePacks.builder().addBuiltIn().build().find(LanguageCode.of("de"))).isEmpty();
    }
}
