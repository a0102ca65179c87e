package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.internal.Json;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.testing.ScriptDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The labelled set behind the packs' default meaning thresholds ({@code adequacy-labelled.json}): six
 * English requests with faithful translations into zh, ru, fr and es, and four kinds of bad output built
 * from them: unrelated (the faithful translation of another item, with this item's placeholders and
 * numbers appended), partial (only the first sentence), answered (a reply to the request, in the target
 * language), half (the first sentence translated, the rest left in English). A scripted model plays the
 * translator (the labelled output), the back-translator (the labelled English back-translation: a
 * paraphrase of the source for good and half outputs, the English of the other item, of the first
 * sentence or of the answer for the others) and the judge (a verdict per kind, by the rubric of the pack
 * prompt). Default settings throughout.
 */
class QualityThresholdsTest {

    static final List<LanguageCode> TARGETS = List.of(LanguageCode.ZH, LanguageCode.RU, LanguageCode.FR, LanguageCode.ES);
    static final List<String> BAD = List.of("unrelated", "partial", "answered", "half");
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*");
    static final Pattern TOKEN_OR_NUMBER = Pattern.compile("⟦\\d+⟧|\\d+");
    static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    static JsonNode items;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = QualityThresholdsTest.class.getResourceAsStream("adequacy-labelled.json")) {
            items = Json.MAPPER.readTree(in).get("items");
        }
    }

    /** One labelled output with the back-translation and verdict the scripted model gives for it. */
    record Case(String id, String source, String output, String back, String verdict) {
    }

    static Case labelled(int i, LanguageCode lang, String kind) {
        JsonNode item = items.get(i);
        JsonNode other = items.get((i + 1) % items.size());
        String source = item.get("source").stringValue();
        String good = item.get(lang.code()).get("good").stringValue();
        String back = item.get("back").stringValue();
        return switch (kind) {
            case "good" -> new Case(item.get("id").stringValue(), source, good, back,
                    verdict(i == 3 ? 4 : 5, 5, "faithful"));
            case "unrelated" -> new Case(item.get("id").stringValue(), source,
                    other.get(lang.code()).get("good").stringValue() + keptMarks(source),
                    other.get("back").stringValue() + keptMarks(source), verdict(1, 5, "about something else"));
            case "partial" -> new Case(item.get("id").stringValue(), source, sentences(good).get(0),
                    sentences(back).get(0), verdict(2, 5, "only the first sentence"));
            case "answered" -> new Case(item.get("id").stringValue(), source,
                    item.get(lang.code()).get("answer").stringValue(), item.get("answerBack").stringValue(),
                    verdict(1, 5, "answers the request"));
            case "half" -> new Case(item.get("id").stringValue(), source, sentences(good).get(0) + " "
                    + String.join(" ", sentences(source).subList(1, sentences(source).size())).replace("`pip install requests`", "⟦0⟧"),
                    back, verdict(3, 2, "the second half is still English"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static String verdict(int adequacy, int fluency, String reason) {
        return "{\"adequacy\": " + adequacy + ", \"fluency\": " + fluency + ", \"reason\": \"" + reason + "\"}";
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The placeholders and numbers of {@code source} (masked as the translator would see them). */
    static String keptMarks(String source) {
        Matcher m = TOKEN_OR_NUMBER.matcher(source.replace("`pip install requests`", "⟦0⟧"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(' ').append(m.group());
        }
        return sb.toString();
    }

    static ScriptedChatModel model(Case c) {
        Map<String, String> backs = new HashMap<>();
        backs.put(c.output().strip(), c.back());
        return new ScriptedChatModel(r -> answer(r, c, backs));
    }

    static ChatResponse answer(ChatRequest r, Case c, Map<String, String> backs) {
        String stage = r.stage().orElse("");
        return switch (stage) {
            case "translate" -> ScriptedChatModel.ok(c.output());
            case "adequacy.backtranslate" -> ScriptedChatModel.ok(backs.getOrDefault(ScriptedChatModel.lastUser(r).strip(),
                    "no labelled back-translation"));
            case "adequacy.judge" -> ScriptedChatModel.ok(c.verdict());
            default -> throw new IllegalStateException("unexpected stage " + stage);
        };
    }

    static TranslationResult run(Case c, LanguageCode lang, AdequacyMode mode) {
        VerifiedTranslator t = VerifiedTranslator.builder(model(c), PACKS, new ScriptDetector(lang)).adequacy(mode).build();
        return t.translate(Conversation.of(c.id(), DataType.CHAT_AGNOSTIC, List.of(Message.user(c.source()))), lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "fr", "es"})
    void defaults_acceptFaithfulTranslations_rejectEveryBadKind(String code) {
        LanguageCode lang = LanguageCode.of(code);
        int good = 0;
        for (int i = 0; i < items.size(); i++) {
            TranslationResult r = run(labelled(i, lang, "good"), lang, AdequacyMode.BOTH);
            if (r.accepted()) {
                good++;
                assertThat(r.scores()).containsKeys(TranslationResult.CHRF, TranslationResult.ADEQUACY);
            }
        }
        assertThat((double) good / items.size()).as("faithful accepted in %s", code).isGreaterThanOrEqualTo(0.95);
        for (String kind : BAD) {
            for (int i = 0; i < items.size(); i++) {
                TranslationResult r = run(labelled(i, lang, kind), lang, AdequacyMode.BOTH);
                assertThat(r.accepted()).as("%s %s %s: %s", code, kind, items.get(i).get("id"), r.checks()).isFalse();
            }
        }
    }

    @Test
    void backTranslationAlone_separatesFaithfulFromUnrelatedPartialAndAnswered_atEachPackThreshold() {
        Map<String, List<Double>> byKind = new TreeMap<>();
        for (LanguageCode lang : TARGETS) {
            double min = PACKS.get(lang).quality().minChrF();
            for (String kind : List.of("good", "unrelated", "partial", "answered", "half")) {
                for (int i = 0; i < items.size(); i++) {
                    TranslationResult r = run(labelled(i, lang, kind), lang, AdequacyMode.BACK_TRANSLATION);
                    Double chrf = r.scores().get(TranslationResult.CHRF);
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(chrf == null ? Double.NaN : chrf);
                    if (kind.equals("good")) {
                        assertThat(chrf).as("%s good %d", lang, i).isGreaterThanOrEqualTo(min);
                    } else if (!kind.equals("half") && chrf != null) {
                        assertThat(chrf).as("%s %s %d", lang, kind, i).isLessThan(min);
                    }
                }
            }
        }
        byKind.forEach((kind, v) -> System.out.printf(Locale.ROOT, "chrF of back-translations, %-9s min %5.1f max %5.1f %s%n",
                kind, v.stream().filter(d -> !d.isNaN()).mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                v.stream().filter(d -> !d.isNaN()).mapToDouble(Double::doubleValue).max().orElse(Double.NaN), v));
    }

    @Test
    void judge_malformedVerdict_isAskedAgain_thenRecordedAsAnError() {
        Case c = labelled(0, LanguageCode.FR, "good");
        List<String> replies = new ArrayList<>(List.of("Looks fine to me!", "{\"adequacy\": 7, \"fluency\": 5, \"reason\": \"x\"}",
                "{\"adequacy\": 5}"));
        ScriptedChatModel m = new ScriptedChatModel(r -> r.stage().orElse("").equals("adequacy.judge")
                ? ScriptedChatModel.ok(replies.remove(0)) : answer(r, c, Map.of(c.output().strip(), c.back())));
        VerifiedTranslator t = VerifiedTranslator.builder(m, PACKS, new ScriptDetector(LanguageCode.FR)).build();
        Conversation conv = Conversation.of("c9", DataType.CHAT_AGNOSTIC, List.of(Message.user(c.source())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.translate(conv, LanguageCode.FR))
                .isInstanceOf(io.ultralink.error.LlmException.class)
                .hasMessageContaining("c9").hasMessageContaining("attempt 1: no JSON object")
                .hasMessageContaining("attempt 2: 'adequacy' must be a whole number from 1 to 5, was 7")
                .hasMessageContaining("attempt 3: 'fluency' must be a whole number");
        assertThat(m.requests().stream().filter(r -> r.stage().orElse("").equals("adequacy.judge"))).hasSize(3);
    }

    @Test
    void judge_malformedOnce_thenValid_isAccepted() {
        Case c = labelled(1, LanguageCode.ES, "good");
        List<String> replies = new ArrayList<>(List.of("```json\nnot json\n```", c.verdict()));
        ScriptedChatModel m = new ScriptedChatModel(r -> r.stage().orElse("").equals("adequacy.judge")
                ? ScriptedChatModel.ok(replies.remove(0)) : answer(r, c, Map.of(c.output().strip(), c.back())));
        TranslationResult r = VerifiedTranslator.builder(m, PACKS, new ScriptDetector(LanguageCode.ES)).build()
                .translate(Conversation.of("c8", DataType.CHAT_AGNOSTIC, List.of(Message.user(c.source()))), LanguageCode.ES);
        assertThat(r.accepted()).as("%s", r.checks()).isTrue();
        assertThat(r.verified(Check.ADEQUACY_JUDGE)).isTrue();
        assertThat(r.scores()).containsEntry(TranslationResult.ADEQUACY, 5.0);
    }
}
