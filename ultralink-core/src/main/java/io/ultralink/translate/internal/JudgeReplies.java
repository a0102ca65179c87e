package io.ultralink.translate.internal;

import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.format.internal.Json;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.QualitySettings;
import io.ultralink.model.LanguageCode;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the LLM judges share: how untrusted text is delimited in their prompts, where their
 * instructions come from, and how a structured verdict is read strictly. Not API.
 */
public final class JudgeReplies {

    private static final LanguagePacks BUILT_IN = LanguagePacks.builder().addBuiltIn().build();

    private JudgeReplies() {
    }

    /** {@code text} between the document delimiters, neutralised by the shared {@link io.ultralink.prompt.DelimitedBlock}. */
    public static String delimit(String text) {
        return DocumentBlock.wrap(text);
    }

    /**
     * A judge's instructions: {@code pick} of the pack's quality settings, else of the built-in pack of the
     * same language, else of the built-in English pack.
     */
    public static String instructions(LanguagePack pack, Function<QualitySettings, Optional<String>> pick) {
        return pick.apply(pack.quality())
                .or(() -> BUILT_IN.find(pack.code()).flatMap(p -> pick.apply(p.quality())))
                .orElseGet(() -> pick.apply(BUILT_IN.get(LanguageCode.EN).quality()).orElseThrow());
    }

    /**
     * The JSON object of a judge's reply: the whole reply, or the span from its first {@code {} to its last
     * {@code }} (models wrap JSON in a fence or a sentence).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static JsonNode object(String reply) {
        int open = reply.indexOf('{');
        int close = reply.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no JSON object in the reply: '" + abbreviate(reply) + "'");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(reply.substring(open, close + 1));
            if (!node.isObject()) {
                throw new IllegalArgumentException("the reply is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** The whole number {@code field} of {@code node}, which must lie in [{@code min}, {@code max}]. */
    public static int score(JsonNode node, String field, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !v.canConvertToExactIntegral() || v.intValue() < min || v.intValue() > max) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number from " + min + " to " + max
                    + ", was " + (v == null ? "missing" : v.toString()));
        }
        return v.intValue();
    }

    /** The text {@code field} of {@code node} (may be empty). */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException("'" + field + "' must be a text, was " + (v == null ? "missing" : v));
        }
        return v.stringValue();
    }

    static String abbreviate(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
