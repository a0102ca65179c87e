package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import io.ultralink.source.SourceMetadata;
import io.ultralink.testing.agnostic.FakeTranslatorModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class VerifiedTranslatorTest {

    static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    static final LanguageCode ES = LanguageCode.ES;

    static VerifiedTranslator translator(ChatModel model) {
        return VerifiedTranslator.builder(model, PACKS, new MarkerLanguageDetector(ES)).build();
    }

    static Conversation chat(DataType type, String question, String answer) {
        return Conversation.of("c1", type, List.of(Message.user(question), Message.assistant(answer)));
    }

    static final String LATEX_ANSWER = "We solve the equation step by step.\n\n"
            + "$$x^2 - 5x + 6 = 0$$\n\nSo the roots are $x = 2$ and $x = 3$, see https://example.org/roots for more. "
            + "Run `solve(eq)` to check.\n\n```python\nprint(solve('x**2-5*x+6'))\n```\nThe answer is: 5";

    @Test
    void translate_masksAndRestoresCodeLatexUrls_andReportsChecks() {
        FakeTranslatorModel model = new FakeTranslatorModel();
        TranslationResult r = translator(model).translate(chat(DataType.MATH,
                "What is the sum of the roots of x^2 - 5x + 6 = 0?", LATEX_ANSWER), ES);
        assertThat(r.accepted()).as("%s", r.checks()).isTrue();
        String answer = r.translation().get().messages().get(1).content();
        assertThat(answer).contains("$$x^2 - 5x + 6 = 0$$", "$x = 2$", "https://example.org/roots", "`solve(eq)`",
                "```python\nprint(solve('x**2-5*x+6'))\n```").contains("answeró isó: 5");
        assertThat(r.checks()).extracting(CheckResult::check).contains(Check.MASKS_PRESERVED, Check.TARGET_LANGUAGE,
                Check.LENGTH_RATIO, Check.TRANSLATED_NOT_ANSWERED, Check.FINAL_ANSWER_PRESERVED, Check.COMPLETE);
        model.requests().subList(1, model.calls()).forEach(req -> assertThat(ScriptedChatModel.lastUser(req))
                .doesNotContain("example.org", "x^2 - 5x", "print("));
    }

    @Test
    void translate_sendsEarlierTurnsAsContext() {
        FakeTranslatorModel model = new FakeTranslatorModel();
        Conversation c = Conversation.of("c2", DataType.CHAT_AGNOSTIC, List.of(Message.user("How do tides work?"),
                Message.assistant("The moon pulls the oceans."), Message.user("Why twice a day?"),
                Message.assistant("Because the earth rotates under two bulges.")));
        TranslationResult r = translator(model).translate(c, ES);
        assertThat(r.accepted()).isTrue();
        List<Message> last = model.requests().get(3).messages();
        assertThat(last.get(0).role()).isEqualTo(Role.SYSTEM);
        assertThat(last.get(0).content()).isEqualTo(PACKS.get(ES).translationInstructions());
        assertThat(last).extracting(Message::content).contains("How do tides work?", "Howó doó tidesó worků?".replace("ů", "ó"));
        assertThat(r.translation().get().messages()).extracting(Message::role)
                .containsExactly(Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
    }

    @Test
    void translate_chunksLongTurnsAtParagraphs() {
        FakeTranslatorModel model = new FakeTranslatorModel();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("Paragraph number ").append(i).append(" talks about rivers and the sea at some length.\n\n");
        }
        TranslationResult r = VerifiedTranslator.builder(model, PACKS, new MarkerLanguageDetector(ES)).chunkTokens(60)
                .build().translate(chat(DataType.CHAT_AGNOSTIC, "Tell me about rivers.", text.toString().strip()), ES);
        assertThat(r.accepted()).isTrue();
        assertThat(model.calls()).isGreaterThan(4);
        model.requests().stream().filter(req -> req.stage().orElse("").equals("translate"))
                .forEach(req -> assertThat(ScriptedChatModel.lastUser(req).length()).isLessThan(60 * 4 + 10));
        String out = r.translation().get().messages().get(1).content();
        assertThat(out.split("\n\n")).hasSize(12);
        assertThat(out).isEqualTo(FakeTranslatorModel.translate(text.toString().strip()));
    }

    static TranslationResult adversary(DataType type, String q, String a, UnaryOperator<String> evil) {
        return translator(new FakeTranslatorModel(evil)).translate(chat(type, q, a), ES);
    }

    static void assertCaught(TranslationResult r, Check check) {
        assertThat(r.accepted()).isFalse();
        assertThat(r.failures()).extracting(CheckResult::check).contains(check);
        assertThat(r.attempts()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void wrongLanguage_failureDetail_isReadable() {
        TranslationResult r = adversary(DataType.CHAT_AGNOSTIC, "Describe the water cycle in a few friendly sentences.",
                "Water evaporates, condenses into clouds and falls again as rain over land and sea.",
                s -> s.replace("ó", ""));

        assertThat(r.failures()).filteredOn(f -> f.check() == Check.TARGET_LANGUAGE).isNotEmpty()
                .allSatisfy(f -> assertThat(f.detail()).matches(".*detected [a-z]{2} \\(confidence \\d\\.\\d\\d\\), "
                        + "expected [a-z]{2}.*").doesNotContain("Optional", "LanguageDetection["));
    }

    @Test
    void adversaries_areAllCaught() {
        String q = "Solve $x + 1 = 3$ for x, please explain.";
        assertCaught(adversary(DataType.MATH, q, LATEX_ANSWER, s -> s.replaceFirst("⟦\\d+⟧", "")),
                Check.MASKS_PRESERVED);
        assertCaught(adversary(DataType.MATH, q, LATEX_ANSWER, s -> s.replaceAll("(⟦\\d+⟧)", "$1 $1")),
                Check.MASKS_PRESERVED);
        assertCaught(adversary(DataType.MATH, q, LATEX_ANSWER, s -> s.replaceAll("⟦(\\d+)⟧", "[[$1]]")),
                Check.MASKS_PRESERVED);
        assertCaught(adversary(DataType.MATH, q, "Add 2 and 3 to get 5.\nThe answer is: 5",
                s -> s.replace("5", "6")), Check.FINAL_ANSWER_PRESERVED);
        assertCaught(adversary(DataType.MATH, q, "Add 2 and 3.\n#### 5", s -> s.replace("5", "7")),
                Check.FINAL_ANSWER_PRESERVED);
        assertCaught(adversary(DataType.CHAT_AGNOSTIC, "What is the capital city of the country of Peru?",
                "Lima.", s -> s.contains("?") ? "Limaó isó theó capitaló." : s), Check.TRANSLATED_NOT_ANSWERED);
        assertCaught(adversary(DataType.CHAT_AGNOSTIC, "Describe the water cycle in a few friendly sentences.",
                "Water evaporates, condenses into clouds and falls again as rain over land and sea.",
                s -> s.replace("ó", "")), Check.TARGET_LANGUAGE);
        assertCaught(adversary(DataType.CHAT_AGNOSTIC, "Describe the water cycle in a few friendly sentences.",
                "Water evaporates, condenses into clouds and falls again as rain over land and sea.",
                s -> "Here is the translation: " + s), Check.TRANSLATED_NOT_ANSWERED);
        assertCaught(adversary(DataType.CODE, "Write a function that adds two numbers for the user.",
                "Here it is:\n\n```python\ndef add(a, b):\n    return a + b\n```",
                s -> s + "\n\n```python\ndef sumar(a, b):\n    return a + b\n```"), Check.CODE_UNCHANGED);
        assertCaught(adversary(DataType.CHAT_AGNOSTIC, "Describe the water cycle in a few friendly sentences.",
                "Water evaporates, condenses into clouds and falls again as rain over land and sea.",
                s -> s + " " + s + " " + s + " " + s), Check.LENGTH_RATIO);
    }

    @Test
    void truncatedAnswer_isRetriedThenRejected_andRecoveryIsAccepted() {
        ScriptedChatModel cut = new ScriptedChatModel(req -> new ChatResponse(
                FakeTranslatorModel.translate(ScriptedChatModel.lastUser(req)), FinishReason.LENGTH, TokenUsage.ZERO, "m"));
        TranslationResult r = translator(cut).translate(chat(DataType.CHAT_AGNOSTIC, "Hello there, friend.", "Hi."), ES);
        assertCaught(r, Check.COMPLETE);
        assertThat(cut.calls()).isEqualTo(3);

        FakeTranslatorModel flaky = FakeTranslatorModel.failingFirst(2, s -> s.replaceAll("⟦\\d+⟧", ""));
        TranslationResult ok = translator(flaky).translate(chat(DataType.CHAT_AGNOSTIC, "Explain $a+b$ simply.",
                "It is a sum."), ES);
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.attempts()).isEqualTo(4);
    }

    @Test
    void pythonCode_renamedFunctionIsRejected_docstringTranslated() {
        String prompt = "def add_one(x: int) -> int:\n    \"\"\" add_one returns x plus one, for any integer.\n"
                + "    >>> add_one(1)\n    2\n    \"\"\"\n";
        Conversation c = new Conversation("he", DataType.CODE, List.of(Message.user(prompt),
                Message.assistant("    # simple increment of the value\n    return x + 1\n")),
                Map.of(SourceMetadata.CONTENT_FORMAT, SourceMetadata.FORMAT_PYTHON, SourceMetadata.ENTRY_POINT, "add_one"));
        TranslationResult good = translator(new FakeTranslatorModel()).translate(c, ES);
        assertThat(good.accepted()).as("%s", good.checks()).isTrue();
        String out = good.translation().get().messages().get(0).content();
        assertThat(out).startsWith("def add_one(x: int) -> int:\n    \"\"\" add_one returnsó xó plusó oneó, foró anyó integeró.\n"
                + "    >>> add_one(1)\n    2\n    \"\"\"\n");
        assertThat(good.translation().get().messages().get(1).content())
                .isEqualTo("    # simpleó incrementó ofó theó valueó\n    return x + 1\n");
        TranslationResult renamed = translator(new FakeTranslatorModel(s -> s.replaceAll("⟦\\d+⟧", "sumar_uno")))
                .translate(c, ES);
        assertThat(renamed.accepted()).isFalse();
        TranslationResult injected = translator(new FakeTranslatorModel(s -> s + "\ndef sumar_uno(x):"))
                .translate(c, ES);
        assertCaught(injected, Check.CODE_UNCHANGED);
    }
}
