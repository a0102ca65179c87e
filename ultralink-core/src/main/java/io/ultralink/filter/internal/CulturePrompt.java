package io.ultralink.filter.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.filter.CultureCriterion;
import io.ultralink.format.internal.Json;
import io.ultralink.language.CultureFilterPrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.model.Conversation;
import io.ultralink.prompt.ConversationBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The culture judge's prompt (worded by the source language's pack), its JSON schema and the strict
 * parser of its answer. Not API.
 */
public final class CulturePrompt {

    /** The version of the prompt's layout: 2 puts the data preamble first and the conversation as JSON turns. */
    public static final String TEMPLATE_VERSION = "conversation-2";

    private CulturePrompt() {
    }

    /** The JSON key of a criterion. */
    public static String key(CultureCriterion c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /** The version of the judge's prompt from {@code pack}, recorded with every request. */
    public static String version(LanguagePack pack) {
        return "culture-" + pack.promptVersion() + "+" + TEMPLATE_VERSION;
    }

    /**
     * The system instruction for {@code criteria}, in the words of {@code pack}.
     *
     * @throws ConfigurationException when the pack has no culture-judge instructions
     */
    public static String instructions(LanguagePack pack, List<CultureCriterion> criteria) {
        CultureFilterPrompts prompts = pack.cultureFilterPrompts().orElseThrow(() -> new ConfigurationException(
                "language pack '" + pack.code() + "' has no field 'cultureFilter': add the culture judge's "
                        + "instructions to the pack, or give the filter a pack that has them"));
        StringBuilder sb = new StringBuilder(pack.dataPreamble()).append("\n\n")
                .append(prompts.instructions().strip()).append('\n');
        for (CultureCriterion c : criteria) {
            sb.append("- ").append(key(c)).append(": ").append(prompts.describe(key(c))).append('\n');
        }
        return sb.append(prompts.answerFormat().strip()).toString();
    }

    /** The conversation as JSON turns between delimiters it cannot close ({@link ConversationBlock}). */
    public static String userMessage(Conversation conversation) {
        return ConversationBlock.render(conversation.messages());
    }

    /** A JSON Schema of the answer. */
    public static String schema(List<CultureCriterion> criteria) {
        StringBuilder props = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (CultureCriterion c : criteria) {
            if (props.length() > 0) {
                props.append(',');
                required.append(',');
            }
            props.append('"').append(key(c)).append("\":{\"type\":\"object\",\"properties\":{\"match\":{\"type\":\"boolean\"},")
                    .append("\"reason\":{\"type\":\"string\"}},\"required\":[\"match\",\"reason\"],\"additionalProperties\":false}");
            required.append('"').append(key(c)).append('"');
        }
        return "{\"type\":\"object\",\"properties\":{" + props + "},\"required\":[" + required
                + "],\"additionalProperties\":false}";
    }

    /**
     * Parses an answer: exactly the configured criteria, each {@code {match: boolean, reason: string}}.
     * A JSON code fence around the object is tolerated; anything else is malformed.
     *
     * @return criterion → reason for the criteria that matched
     * @throws IllegalArgumentException describing what is malformed
     */
    public static Map<CultureCriterion, String> parse(String answer, List<CultureCriterion> criteria) {
        String text = answer.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Set<String> expected = new java.util.HashSet<>();
        criteria.forEach(c -> expected.add(key(c)));
        for (String name : root.propertyNames()) {
            if (!expected.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'");
            }
        }
        Map<CultureCriterion, String> matched = new LinkedHashMap<>();
        for (CultureCriterion c : criteria) {
            JsonNode v = root.get(key(c));
            if (v == null || !v.isObject() || v.size() != 2 || !v.path("match").isBoolean() || !v.path("reason").isString()) {
                throw new IllegalArgumentException("field '" + key(c) + "' must be {\"match\": boolean, \"reason\": string}");
            }
            if (v.get("match").booleanValue()) {
                matched.put(c, v.get("reason").stringValue().strip());
            }
        }
        return matched;
    }
}
