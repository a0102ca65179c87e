package io.ultralink.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.LlmException;
import io.ultralink.filter.internal.AuditedCultureFilter;
import io.ultralink.filter.internal.CulturePrompt;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCultureFilterTest {

    @TempDir
    Path dir;

    static Conversation conv(String id, String q) {
        return Conversation.of(id, DataType.CHAT_AGNOSTIC, List.of(Message.user(q), Message.assistant("An answer.")));
    }

    /** A judge answer with the given criteria matched. */
    public static String answer(Set<CultureCriterion> matched) {
        StringBuilder sb = new StringBuilder("{");
        for (CultureCriterion c : CultureCriterion.values()) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(CulturePrompt.key(c)).append("\":{\"match\":").append(matched.contains(c))
                    .append(",\"reason\":\"").append(matched.contains(c) ? "mentions it" : "no").append("\"}");
        }
        return sb.append('}').toString();
    }

    @Test
    void judge_keepsOnlyWhenNothingMatched_andSendsSchema() {
        ScriptedChatModel model = ScriptedChatModel.replying(answer(Set.of()),
                "```json\n" + answer(Set.of(CultureCriterion.PLACES, CultureCriterion.PERSON_NAMES)) + "\n```");
        ModelCultureFilter filter = ModelCultureFilter.builder(model).build();
        CultureVerdict kept = filter.judge(conv("a", "How do magnets work?"));
        assertThat(kept.keep()).isTrue();
        assertThat(kept.decidedBy()).isEqualTo(CultureVerdict.DecidedBy.MODEL);
        CultureVerdict dropped = filter.judge(conv("b", "Who was mayor of Boston?"));
        assertThat(dropped.keep()).isFalse();
        assertThat(dropped.matched()).containsOnlyKeys(CultureCriterion.PLACES, CultureCriterion.PERSON_NAMES);
        assertThat(model.requests().get(0).responseFormat().kind()).isEqualTo(ResponseFormat.Kind.JSON_SCHEMA);
        assertThat(model.requests().get(0).messages().get(1).content()).startsWith("<conversation>\n[")
                .contains("{\"role\":\"user\",\"content\":\"How do magnets work?\"}").endsWith("]\n</conversation>");
    }

    @Test
    void sourcePack_wordsTheInstructions_andVersionsThePrompt() {
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        ScriptedChatModel model = ScriptedChatModel.replying(answer(Set.of()), answer(Set.of()));
        ModelCultureFilter.builder(model).build().judge(conv("a", "How do magnets work?"));
        ModelCultureFilter.builder(model).sourcePack(packs.get(LanguageCode.ZH)).build().judge(conv("b", "磁铁为什么会吸铁？"));
        String english = model.requests().get(0).messages().get(0).content();
        String chinese = model.requests().get(1).messages().get(0).content();
        assertThat(english).startsWith(packs.get(LanguageCode.EN).dataPreamble() + "\n\nYou review English conversations")
                .contains("- places: countries");
        assertThat(model.requests().get(0).promptVersion()).contains("culture-en-1+conversation-2");
        assertThat(chinese).startsWith(packs.get(LanguageCode.ZH).dataPreamble())
                .contains("中文对话", "- person_names: 真实或虚构人物的全名", "\"match\"")
                .doesNotContain("You review");
        assertThat(model.requests().get(1).promptVersion()).contains("culture-" + packs.get(LanguageCode.ZH).promptVersion() + "+conversation-2");
    }

    @Test
    void sourcePack_withoutCultureFilter_failsAtBuildNamingTheField() {
        LanguagePack en = LanguagePacks.builder().addBuiltIn().build().get(LanguageCode.EN);
        LanguagePack old = new LanguagePack(en.code(), en.name(), en.nativeName(), en.promptVersion(), en.languageId(),
                en.scriptConversion(), en.documentPrefix(), en.dialogue(), en.textReferencePhrases(),
                en.translationInstructions());
        assertThatThrownBy(() -> ModelCultureFilter.builder(ScriptedChatModel.replying()).sourcePack(old).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'cultureFilter'");
    }

    @Test
    void judge_malformedIsRetriedThenThrown_neverKeptOrDropped() {
        String missingField = answer(Set.of()).replace("\"places\"", "\"placez\"");
        ScriptedChatModel model = ScriptedChatModel.replying("yes it is cultural", missingField,
                answer(Set.of()).replace("\"match\":false", "\"match\":\"no\""));
        ModelCultureFilter filter = ModelCultureFilter.builder(model).build();
        assertThatThrownBy(() -> filter.judge(conv("a", "Hello?"))).isInstanceOf(LlmException.class)
                .hasMessageContaining("not JSON").hasMessageContaining("placez").hasMessageContaining("must be");
        assertThat(model.calls()).isEqualTo(3);
        ScriptedChatModel recovers = ScriptedChatModel.replying("oops", answer(Set.of()));
        assertThat(ModelCultureFilter.builder(recovers).build().judge(conv("a", "Hi?")).keep()).isTrue();
    }

    @Test
    void preChecks_decideWithoutTheModel_andAreCounted() {
        ScriptedChatModel model = ScriptedChatModel.replying(answer(Set.of()));
        ModelCultureFilter filter = ModelCultureFilter.builder(model)
                .preChecks(List.of(CulturePreCheck.containsUrl(), CulturePreCheck.longerThan(100))).build();
        assertThat(filter.judge(conv("u", "See https://example.com please")).decidedBy())
                .isEqualTo(CultureVerdict.DecidedBy.PRECHECK);
        assertThat(filter.judge(conv("l", "x".repeat(200))).reason()).startsWith("too-long");
        assertThat(model.calls()).isZero();
        assertThat(filter.preCheckDrops()).containsEntry("url", 1L).containsEntry("too-long", 1L);
    }

    @Test
    void criteria_withoutFormulas_areTheSixOfFig9() {
        EnumSet<CultureCriterion> six = EnumSet.complementOf(EnumSet.of(CultureCriterion.CODE_OR_MATH_FORMULAS));
        ScriptedChatModel model = ScriptedChatModel.replying(answer(Set.of()));
        ModelCultureFilter filter = ModelCultureFilter.builder(model).criteria(six).build();
        assertThatThrownBy(() -> filter.judge(conv("a", "Hi?"))).hasMessageContaining("unknown field 'code_or_math_formulas'");
    }

    @Test
    void audit_recordsEveryVerdict_andResumeMakesNoNewCalls() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        ScriptedChatModel model = ScriptedChatModel.replying(answer(Set.of()), answer(Set.of(CultureCriterion.PLACES)),
                "broken", "broken", "broken");
        List<Conversation> convs = List.of(conv("a", "Why?"), conv("b", "Where?"), conv("c", "What?"));
        try (AuditedCultureFilter f = AuditedCultureFilter.open(ModelCultureFilter.builder(model).build(), file)) {
            assertThat(f.judge(convs.get(0)).keep()).isTrue();
            assertThat(f.judge(convs.get(1)).keep()).isFalse();
            assertThatThrownBy(() -> f.judge(convs.get(2))).isInstanceOf(LlmException.class);
        }
        assertThat(io.ultralink.testing.Journals.units(file)).hasSize(3).last()
                .satisfies(n -> assertThat(n.get("status").stringValue()).isEqualTo("failed"));
        ScriptedChatModel second = ScriptedChatModel.replying(answer(Set.of()));
        try (AuditedCultureFilter f = AuditedCultureFilter.open(ModelCultureFilter.builder(second).build(), file)) {
            assertThat(f.judge(convs.get(0)).keep()).isTrue();
            CultureVerdict b = f.judge(convs.get(1));
            assertThat(b.matched()).containsEntry(CultureCriterion.PLACES, "mentions it");
            assertThat(second.calls()).isZero();
            assertThat(f.judge(convs.get(2)).keep()).isTrue();
            assertThat(second.calls()).isEqualTo(1);
            assertThat(f.reused()).isEqualTo(2);
        }
    }
}
