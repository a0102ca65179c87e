package io.ultralink.text.pack;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.IsoCode639_3;
import com.github.pemistahl.lingua.api.Language;
import io.ultralink.format.Mappers;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.QualitySettings;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.pack.internal.NativeFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a new language's pack, started from an existing pack: the code, names, Lingua language and
 * settings filled in where the JDK and Lingua know them, and every value that must be written natively in the
 * new language marked {@value LanguagePacks#NATIVE_TODO}, followed by the source pack's text as a guide. A
 * pack with a marker left is refused at load, and {@link PackChecker} lists each with its line.
 */
public final class PackScaffold {

    private PackScaffold() {
    }

    /**
     * The scaffold's YAML text.
     *
     * @param code the new language
     * @param from the pack to start from
     */
    public static String render(LanguageCode code, LanguagePack from) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Locale locale = Locale.forLanguageTag(code.code());
        String english = locale.getDisplayLanguage(Locale.ENGLISH);
        String nativeName = locale.getDisplayLanguage(locale);
        Language lingua = lingua(code);
        Map<String, String> texts = NativeFields.texts(from);
        StringBuilder y = new StringBuilder();
        y.append("# Language pack for '").append(code).append("', started from the '").append(from.code())
                .append("' pack by `ultralink pack init ").append(code).append(" --from ").append(from.code())
                .append("`.\n# Write every value marked ").append(LanguagePacks.NATIVE_TODO)
                .append(" natively, as a native speaker would instruct a model (not a word-for-word\n# translation), and ")
                .append("remove the marker; the ").append(from.name()).append(" text after it is the guide. ")
                .append("`ultralink pack check FILE`\n# lists what is left, with line numbers.\n");
        y.append("code: ").append(code).append('\n');
        y.append("name: ").append(quote(known(english, code) ? english : LanguagePacks.NATIVE_TODO + ": English name"))
                .append('\n');
        y.append("nativeName: ").append(quote(known(nativeName, code) ? nativeName
                : LanguagePacks.NATIVE_TODO + ": the language's name for itself")).append('\n');
        y.append("promptVersion: ").append(quote(code + "-1")).append('\n');
        y.append("languageId:\n  lingua: ").append(lingua == null ? "TODO   # a Lingua Language name; "
                + "Lingua knows no language with this code" : lingua.name()).append('\n');
        y.append("  minConfidence: ").append(from.languageId().minConfidence()).append('\n');
        y.append("scriptConversion: none\n");
        y.append("documentPrefix: ").append(quote(todo(texts.get("documentPrefix")))).append('\n');
        block(y, "", "dataPreamble", texts.getOrDefault("dataPreamble", from.dataPreamble()));
        y.append("dialogue:\n");
        for (String f : List.of("initialQuestion", "initialAnswer", "inDepthQuestion", "expansiveQuestion",
                "followUpAnswer")) {
            block(y, "  ", f, texts.get("dialogue." + f));
        }
        for (String f : List.of("historyLabel", "questionLabel", "answerLabel")) {
            y.append("  ").append(f).append(": ").append(quote(todo(texts.get("dialogue." + f)))).append('\n');
        }
        list(y, "textReferencePhrases", from.textReferencePhrases());
        y.append("translation:\n");
        block(y, "  ", "instructions", texts.get("translation.instructions"));
        if (texts.containsKey("cultureFilter.instructions")) {
            y.append("cultureFilter:\n");
            block(y, "  ", "instructions", texts.get("cultureFilter.instructions"));
            y.append("  criteria:\n");
            texts.forEach((k, v) -> {
                if (k.startsWith("cultureFilter.criteria.")) {
                    y.append("    ").append(k.substring("cultureFilter.criteria.".length())).append(": ")
                            .append(quote(todo(v))).append('\n');
                }
            });
            block(y, "  ", "answerFormat", texts.get("cultureFilter.answerFormat"));
        }
        if (!from.referenceSections().isEmpty()) {
            y.append("# Section headings of this language's Wikipedia that hold references and links, not knowledge.\n");
            list(y, "referenceSections", from.referenceSections());
        }
        QualitySettings q = from.quality();
        y.append("# Meaning checks: thresholds (chrF of back-translations 0-100, judge scores 1-5) and the judges' prompts.\n")
                .append("quality:\n  minChrF: ").append(q.minChrF()).append("\n  minAdequacy: ").append(q.minAdequacy())
                .append("\n  minFluency: ").append(q.minFluency()).append('\n');
        q.adequacyJudgePrompt().ifPresent(p -> block(y, "  ", "adequacyJudge", p));
        q.groundednessJudgePrompt().ifPresent(p -> block(y, "  ", "groundednessJudge", p));
        return y.toString();
    }

    /** The Lingua language with the ISO 639 code {@code code}, or null. */
    static Language lingua(LanguageCode code) {
        String c = code.code().toUpperCase(Locale.ROOT);
        try {
            return c.length() == 2 ? Language.getByIsoCode639_1(IsoCode639_1.valueOf(c))
                    : Language.getByIsoCode639_3(IsoCode639_3.valueOf(c));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean known(String name, LanguageCode code) {
        return !name.isBlank() && !name.equalsIgnoreCase(code.code());
    }

    private static String todo(String text) {
        return LanguagePacks.NATIVE_TODO + ": " + text;
    }

    private static void block(StringBuilder y, String indent, String key, String text) {
        y.append(indent).append(key).append(": |\n").append(indent).append("  ").append(LanguagePacks.NATIVE_TODO)
                .append('\n');
        text.strip().lines().forEach(l -> y.append(indent).append("  ").append(l.stripTrailing()).append('\n'));
    }

    private static void list(StringBuilder y, String key, List<String> items) {
        y.append(key).append(":\n");
        items.forEach(i -> y.append("  - ").append(quote(todo(i))).append('\n'));
    }

    private static String quote(String value) {
        return Mappers.JSON.writeValueAsString(value);
    }
}
