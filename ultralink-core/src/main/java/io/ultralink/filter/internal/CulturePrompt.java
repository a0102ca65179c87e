package io.ultralink.filter.internal;

import io.ultralink.filter.CultureCriterion;
import io.ultralink.format.internal.Json;
import io.ultralink.model.Conversation;
import io.ultralink.model.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The culture judge's prompt, its JSON schema and the strict parser of its answer. Not API. */
public final class CulturePrompt {

    /** The version of this prompt, recorded with every verdict. */
    public static final String VERSION = "culture-en-1";

    /** Our wording of the paper's Fig. 9 criteria, one line each. */
    private static final Map<CultureCriterion, String> DESCRIPTIONS = Map.of(
            CultureCriterion.PERSON_NAMES, "full names of real or fictional people",
            CultureCriterion.PLACES, "countries, regions, states, cities, streets or addresses",
            CultureCriterion.CONVENTIONS_POLITICS_HISTORY_RELIGION,
            "customs and conventions, politics, laws of one country, history or religion",
            CultureCriterion.POETRY_MYTHS_JOKES_SLANG, "poems, rhymes, myths, folk tales, jokes, puns, idioms or slang",
            CultureCriterion.FOOD_CLOTHING_FURNITURE_CONSTRUCTION,
            "dishes and food, clothing, furniture, buildings or construction practices",
            CultureCriterion.ORGANISATIONS_PRODUCTS_BRANDS, "organisations, companies, products or brands",
            CultureCriterion.CODE_OR_MATH_FORMULAS, "source code or mathematical formulas");

    private CulturePrompt() {
    }

    /** The JSON key of a criterion. */
    public static String key(CultureCriterion c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /** The system instruction for {@code criteria}. */
    public static String instructions(List<CultureCriterion> criteria) {
        StringBuilder sb = new StringBuilder();
        sb.append("You review English conversations before they are translated into other languages. ")
                .append("A conversation is culture-specific when it depends on knowledge tied to the English-speaking ")
                .append("world, so that a translation would sound foreign or wrong to readers of another language.\n")
                .append("For each criterion below, decide whether the conversation involves it:\n");
        for (CultureCriterion c : criteria) {
            sb.append("- ").append(key(c)).append(": ").append(DESCRIPTIONS.get(c)).append('\n');
        }
        sb.append("Reply with one JSON object and nothing else. It has exactly one field per criterion, named as ")
                .append("above, whose value is {\"match\": true or false, \"reason\": \"at most one short sentence\"}.");
        return sb.toString();
    }

    /** The conversation between delimiters it cannot close. */
    public static String userMessage(Conversation conversation) {
        StringBuilder sb = new StringBuilder("<conversation>\n");
        for (Message m : conversation.messages()) {
            sb.append('[').append(m.role().wireName()).append("] ")
                    .append(m.content().replace("</conversation>", "<\\/conversation>")).append('\n');
        }
        return sb.append("</conversation>").toString();
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
