package io.ultralink.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.testing.agnostic.FakeTranslatorModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import io.ultralink.testing.agnostic.ScriptedChatModel;
import io.ultralink.translate.internal.UnfencedCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Magicoder-style answers whose code has no fence: code lines come back byte for byte in every language. */
class UnfencedCodeTranslationTest {

    static final String PYTHON = "Here is a function that counts the vowels of a string, in either case.\n\n"
            + "def count_vowels(text):\n"
            + "    # lower-case once so that both cases count\n"
            + "    return sum(1 for ch in text.lower() if ch in 'aeiou')\n\n"
            + "The function walks through the string once, so it runs in linear time.";
    static final String PYTHON_CLASS = "You can model a bank account with a small class:\n\n"
            + "class Account:\n"
            + "    \"\"\"A bank account whose balance never goes below zero.\"\"\"\n\n"
            + "    def withdraw(self, amount):\n"
            + "        if amount > self.balance:\n"
            + "            raise ValueError(\"insufficient funds\")\n"
            + "        self.balance -= amount\n"
            + "        return self.balance\n\n"
            + "Withdrawing too much raises an error instead of making the balance negative.";
    static final String JAVA = "In Java the same idea looks like this (note the explicit types).\n\n"
            + "public static int countVowels(String text) {\n"
            + "    int count = 0;\n"
            + "    // only the five plain vowels count\n"
            + "    for (char c : text.toLowerCase().toCharArray()) {\n"
            + "        if (\"aeiou\".indexOf(c) >= 0) count++;\n"
            + "    }\n"
            + "    return count;\n"
            + "}\n\n"
            + "The method makes one lower-case copy of the string.";
    static final String C = "A complete C program that prints the first ten squares:\n\n"
            + "#include <stdio.h>\n\n"
            + "int main(void) {\n"
            + "    for (int i = 1; i <= 10; i++) {\n"
            + "        printf(\"%d\\n\", i * i);\n"
            + "    }\n"
            + "    return 0;\n"
            + "}";

    static TranslationResult translate(FakeTranslatorModel model, String answer, LanguageCode lang) {
        Conversation c = Conversation.of("m1", DataType.CODE, List.of(
                Message.user("Write the function and explain it briefly."), Message.assistant(answer)));
        return VerifiedTranslator.builder(model, LanguagePacks.builder().addBuiltIn().build(),
                new MarkerLanguageDetector(lang)).build().translate(c, lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "fr", "es"})
    void magicoderAnswers_unfencedCodeLinesByteIdentical_commentsAndProseTranslated(String code) {
        LanguageCode lang = LanguageCode.of(code);
        for (String answer : List.of(PYTHON, PYTHON_CLASS, JAVA, C)) {
            FakeTranslatorModel model = new FakeTranslatorModel();
            TranslationResult r = translate(model, answer, lang);
            assertThat(r.accepted()).as("%s: %s", answer, r.checks()).isTrue();
            String out = r.translation().orElseThrow().messages().get(1).content();
            List<UnfencedCode.Region> regions = UnfencedCode.find(answer);
            assertThat(regions).isNotEmpty();
            for (UnfencedCode.Region region : regions) {
                for (String line : region.codeLines(answer)) {
                    assertThat(out).as(code).contains(line + (answer.endsWith(line) ? "" : "\n"));
                }
            }
            assertThat(UnfencedCode.problem(answer, out)).isEmpty();
            assertThat(out.lines().findFirst().orElseThrow()).contains(FakeTranslatorModel.MARK);
            model.requests().stream().filter(q -> q.stage().orElse("").equals("translate"))
                    .forEach(q -> assertThat(ScriptedChatModel.lastUser(q)).doesNotContain("return", "printf", "int count"));
        }
        String out = translate(new FakeTranslatorModel(), PYTHON, lang).translation().orElseThrow().messages().get(1).content();
        assertThat(out).contains("    # loweró-caseó onceó soó tható bothó casesó countó\n");
        String cls = translate(new FakeTranslatorModel(), PYTHON_CLASS, lang).translation().orElseThrow().messages().get(1)
                .content();
        assertThat(cls).contains("    \"\"\"Aó bankó accountó whoseó balanceó neveró goesó belowó zeroó.\"\"\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "fr", "es"})
    void modelThatTranslatesCode_isRejected_withTheReasonNamingTheLine(String code) {
        // A model that rewrites what looks like a statement even inside a comment it was given: the
        // line it smuggles in breaks the code layout, and the item is rejected, never accepted.
        FakeTranslatorModel model = new FakeTranslatorModel(s -> s.contains("loweró") ? s + "\nreturn 0" : s);
        TranslationResult r = translate(model, PYTHON, LanguageCode.of(code));
        assertThat(r.accepted()).isFalse();
        assertThat(r.failures()).extracting(CheckResult::check).contains(Check.CODE_UNCHANGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "fr", "es"})
    void quickstartMagicoder_unfencedSolutions_surviveInEveryLanguage(String code) {
        Path file = Path.of("../examples/quickstart/magicoder.jsonl");
        Assumptions.assumeTrue(Files.exists(file), "quickstart examples absent");
        for (Conversation c : SourceReader.readAll(file, SourceFormat.MAGICODER_OSS, BadLinePolicy.FAIL)) {
            FakeTranslatorModel model = new FakeTranslatorModel();
            TranslationResult r = VerifiedTranslator.builder(model, LanguagePacks.builder().addBuiltIn().build(),
                    new MarkerLanguageDetector(LanguageCode.of(code))).build().translate(c, LanguageCode.of(code));
            assertThat(r.accepted()).as("%s: %s", c.id(), r.checks()).isTrue();
            String solution = c.messages().get(c.messages().size() - 1).content();
            assertThat(r.translation().orElseThrow().messages().get(c.messages().size() - 1).content()).isEqualTo(solution);
            model.requests().forEach(q -> assertThat(ScriptedChatModel.lastUser(q)).doesNotContain("def "));
        }
    }
}
