package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.testing.agnostic.FakeTranslatorModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import io.ultralink.translate.internal.FencedCode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Comments inside fenced code blocks are translated; every code line stays byte-identical. */
class FencedCodeTranslationTest {

    static final String PYTHON_ANSWER = "Here is a function that adds up a list of numbers.\n\n"
            + "```python\n"
            + "# Add up every number in the list\n"
            + "# and give back the result\n"
            + "def total(values):\n"
            + "    \"\"\"Return the sum of the values.\"\"\"\n"
            + "    result = 0\n"
            + "    for v in values:\n"
            + "        result += v  # a trailing comment stays code\n"
            + "    return result\n"
            + "```\n\nCall it with any list of numbers.";

    static final String JAVA_ANSWER = "A Java version:\n\n"
            + "```java\n"
            + "/**\n"
            + " * Adds up the numbers of an array.\n"
            + " * @param values the numbers\n"
            + " */\n"
            + "static int total(int[] values) {\n"
            + "    // Start from nothing\n"
            + "    int sum = 0;\n"
            + "    /* walk through every element */\n"
            + "    for (int v : values) sum += v;\n"
            + "    String url = \"http://example.org\"; // keep this line as it is\n"
            + "    return sum;\n"
            + "}\n"
            + "```\nThat is all.";

    static final String HASKELL_ANSWER = "In Haskell:\n\n```haskell\n-- Add up the list\ntotal = sum\n```\n"
            + "And without a name:\n\n```\n# just a note\nx = 1\n```\nDone.";

    static TranslationResult translate(FakeTranslatorModel model, DataType type, String answer) {
        Conversation c = Conversation.of("f1", type, List.of(Message.user("How do I add up numbers in a list?"),
                Message.assistant(answer)));
        return VerifiedTranslator.builder(model, LanguagePacks.builder().addBuiltIn().build(),
                new MarkerLanguageDetector(LanguageCode.ES)).build().translate(c, LanguageCode.ES);
    }

    static String answer(TranslationResult r) {
        return r.translation().orElseThrow().messages().get(1).content();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHAT_AGNOSTIC", "CODE"})
    void pythonBlock_commentsAndDocstringTranslated_codeLinesIdentical(DataType type) {
        TranslationResult r = translate(new FakeTranslatorModel(), type, PYTHON_ANSWER);
        assertThat(r.accepted()).as("%s", r.checks()).isTrue();
        assertThat(r.verified(Check.CODE_UNCHANGED)).isTrue();
        String out = answer(r);
        assertThat(out).contains("# Addó upó everyó numberó inó theó listó\n# andó giveó backó theó resultó\n",
                "    \"\"\"Returnó theó sumó ofó theó valuesó.\"\"\"\n");
        for (String line : PYTHON_ANSWER.split("\n")) {
            if (!line.strip().startsWith("#") && !line.contains("\"\"\"") && !line.isBlank()
                    && !line.startsWith("Here") && !line.startsWith("Call")) {
                assertThat(out).as(line).contains(line + "\n");
            }
        }
        assertThat(FencedCode.problem(PYTHON_ANSWER, out)).isEmpty();
    }

    @Test
    void javaBlock_lineAndBlockCommentsTranslated_tagsAndCodeIdentical() {
        TranslationResult r = translate(new FakeTranslatorModel(), DataType.CHAT_AGNOSTIC, JAVA_ANSWER);
        assertThat(r.accepted()).as("%s", r.checks()).isTrue();
        String out = answer(r);
        assertThat(out).contains("```java\n/**\n * Addsó upó theó numbersó ofó anó arrayó.\n * @param values the numbers\n */\n",
                "    // Startó fromó nothingó\n", "    /* walkó throughó everyó elementó */\n",
                "    String url = \"http://example.org\"; // keep this line as it is\n",
                "    for (int v : values) sum += v;\n    String");
        assertThat(FencedCode.problem(JAVA_ANSWER, out)).isEmpty();
    }

    @Test
    void unknownLanguage_copiedVerbatim_andTheChecksSaySo() {
        TranslationResult r = translate(new FakeTranslatorModel(), DataType.CHAT_AGNOSTIC, HASKELL_ANSWER);
        assertThat(r.accepted()).as("%s", r.checks()).isTrue();
        assertThat(answer(r)).contains("```haskell\n-- Add up the list\ntotal = sum\n```", "```\n# just a note\nx = 1\n```");
        CheckResult code = r.checks().stream().filter(c -> c.check() == Check.CODE_UNCHANGED).findFirst().orElseThrow();
        assertThat(code.passed()).isTrue();
        assertThat(code.detail()).contains("fenced block 1: language 'haskell' not recognised, copied verbatim",
                "fenced block 2: no language named, copied verbatim");
    }

    @Test
    void multilineStringInCLikeBlock_notSplit_copiedVerbatim() {
        String answer = "Text:\n\n```javascript\nconst s = `\n// not a comment\n`;\n```\nEnd of the example.";
        TranslationResult r = translate(new FakeTranslatorModel(), DataType.CHAT_AGNOSTIC, answer);
        assertThat(answer(r)).contains("```javascript\nconst s = `\n// not a comment\n`;\n```");
        assertThat(r.checks()).anyMatch(c -> c.detail().contains("multi-line string"));
    }

    /** Adversaries that try to smuggle code out of a comment; each must be rejected, never accepted. */
    @ParameterizedTest
    @ValueSource(strings = {"python-statement", "python-docstring-close", "c-comment-close", "fence"})
    void adversary_breakingOutOfAComment_isRejected(String kind) {
        UnaryOperator<String> adversary = switch (kind) {
            case "python-statement" -> s -> s.contains("Addó") ? s + "\nreturn None" : s;
            case "python-docstring-close" -> s -> s.contains("Returnó") ? s + "\"\"\"\n    values = []\n    \"\"\"" : s;
            case "c-comment-close" -> s -> s.contains("Startó") ? s + " */ System.exit(0); /*" : s;
            default -> s -> s.contains("walkó") || s.contains("Addó") ? s + "\n```" : s;
        };
        String source = kind.startsWith("python") ? PYTHON_ANSWER : JAVA_ANSWER;
        TranslationResult r = translate(new FakeTranslatorModel(adversary), DataType.CODE, source);
        assertThat(r.accepted()).as("%s", r.checks()).isFalse();
        assertThat(r.failures()).extracting(CheckResult::check).contains(Check.CODE_UNCHANGED);
    }

    @Test
    void adversary_editingACodeLine_isCaughtLineByLine() {
        String translated = answer(translate(new FakeTranslatorModel(), DataType.CODE, PYTHON_ANSWER));
        assertThat(FencedCode.problem(PYTHON_ANSWER, translated.replace("result = 0", "result = 1")))
                .hasValueSatisfying(p -> assertThat(p).contains("fenced block 1", "result = 0", "result = 1"));
        assertThat(FencedCode.problem(PYTHON_ANSWER, translated.replace("def total(", "def summe(")))
                .hasValueSatisfying(p -> assertThat(p).contains("total"));
        assertThat(FencedCode.problem(PYTHON_ANSWER, translated.replace("```python", "```py"))).isPresent();
        String java = answer(translate(new FakeTranslatorModel(), DataType.CODE, JAVA_ANSWER));
        assertThat(FencedCode.problem(JAVA_ANSWER, java.replace("int sum = 0;", "int sum = 1;")))
                .hasValueSatisfying(p -> assertThat(p).contains("int sum = 0;"));
        assertThat(FencedCode.problem(JAVA_ANSWER, java.replace("    // Startó", "    Startó"))).isPresent();
        assertThat(FencedCode.problem(HASKELL_ANSWER, HASKELL_ANSWER.replace("-- Add up", "-- Addó up")))
                .hasValueSatisfying(p -> assertThat(p).contains("not translated"));
    }

    @Test
    void modelEditingTheCodeOfABlock_viaAnyRoute_neverYieldsAnAcceptedChange() {
        // The model rewrites every word it sees, code-looking ones included: whatever it is sent, the
        // accepted output keeps the block's code lines.
        FakeTranslatorModel model = new FakeTranslatorModel(s -> s.replace("values", "valores").replace("sum", "suma"));
        TranslationResult r = translate(model, DataType.CODE, JAVA_ANSWER);
        r.translation().ifPresent(t -> assertThat(FencedCode.problem(JAVA_ANSWER, t.messages().get(1).content())).isEmpty());
        model.requests().forEach(req -> assertThat(ScriptedChatModel.lastUser(req)).doesNotContain("int sum = 0;"));
    }
}
