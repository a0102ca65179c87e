package io.ultralink.text.pack.internal;

import io.ultralink.language.CultureFilterPrompts;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguagePack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a pack that are written natively in its language, by dotted path: prose (prompts and
 * instructions, long enough for language identification), labels (a word or two) and lists of phrases.
 * Not API.
 */
public final class NativeFields {

    /** Prompts and instructions, in file order; the culture criteria follow {@code cultureFilter.instructions}. */
    public static final List<String> PROSE;
    /** Short labels the model sees in every dialogue prompt. */
    public static final List<String> LABELS = List.of("dialogue.historyLabel", "dialogue.questionLabel",
            "dialogue.answerLabel");
    /** Lists of short phrases. */
    public static final List<String> LISTS = List.of("textReferencePhrases", "referenceSections");

    static {
        List<String> prose = new ArrayList<>(List.of("documentPrefix", "dataPreamble", "dialogue.initialQuestion",
                "dialogue.initialAnswer", "dialogue.inDepthQuestion", "dialogue.expansiveQuestion",
                "dialogue.followUpAnswer", "translation.instructions", "cultureFilter.instructions"));
        CultureFilterPrompts.CRITERIA.forEach(c -> prose.add("cultureFilter.criteria." + c));
        prose.add("cultureFilter.answerFormat");
        PROSE = List.copyOf(prose);
    }

    private NativeFields() {
    }

    /**
     * The pack's prose and label texts by path (culture-filter paths only when the pack has them, the data
     * preamble only when the pack writes its own or is English).
     */
    public static Map<String, String> texts(LanguagePack pack) {
        Map<String, String> out = new LinkedHashMap<>();
        DialoguePrompts d = pack.dialogue();
        out.put("documentPrefix", pack.documentPrefix());
        if (!pack.dataPreamble().equals(LanguagePack.DEFAULT_DATA_PREAMBLE) || pack.code().code().equals("en")) {
            out.put("dataPreamble", pack.dataPreamble());
        }
        out.put("dialogue.initialQuestion", d.initialQuestion());
        out.put("dialogue.initialAnswer", d.initialAnswer());
        out.put("dialogue.inDepthQuestion", d.inDepthQuestion());
        out.put("dialogue.expansiveQuestion", d.expansiveQuestion());
        out.put("dialogue.followUpAnswer", d.followUpAnswer());
        out.put("dialogue.historyLabel", d.historyLabel());
        out.put("dialogue.questionLabel", d.questionLabel());
        out.put("dialogue.answerLabel", d.answerLabel());
        out.put("translation.instructions", pack.translationInstructions());
        pack.cultureFilterPrompts().ifPresent(c -> {
            out.put("cultureFilter.instructions", c.instructions());
            c.criteria().forEach((k, v) -> out.put("cultureFilter.criteria." + k, v));
            out.put("cultureFilter.answerFormat", c.answerFormat());
        });
        return out;
    }

    /** The pack's list of {@code field} ({@code textReferencePhrases} or {@code referenceSections}). */
    public static List<String> list(LanguagePack pack, String field) {
        return field.equals("textReferencePhrases") ? pack.textReferencePhrases() : pack.referenceSections();
    }
}
