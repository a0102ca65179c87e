package io.ultralink.language.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.format.Mappers;
import io.ultralink.format.YamlGuard;
import io.ultralink.language.CultureFilterPrompts;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguageIdSettings;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptConversion;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses a language pack file (YAML, or JSON, which is YAML too) and names the file and the field
 * for anything missing, unknown or malformed. Not API.
 */
public final class PackReader {

    private static final YAMLMapper YAML = Mappers.YAML;

    private static final Set<String> TOP = Set.of("code", "name", "nativeName", "promptVersion", "languageId",
            "scriptConversion", "documentPrefix", "dialogue", "textReferencePhrases", "translation", "cultureFilter",
            "referenceSections", "quality", "dataPreamble");
    private static final Set<String> LANGUAGE_ID = Set.of("lingua", "minConfidence");
    private static final Set<String> DIALOGUE = Set.of("initialQuestion", "initialAnswer", "inDepthQuestion",
            "expansiveQuestion", "followUpAnswer", "historyLabel", "questionLabel", "answerLabel");
    private static final Set<String> TRANSLATION = Set.of("instructions");
    private static final Set<String> CULTURE_FILTER = Set.of("instructions", "criteria", "answerFormat");

    private final String source;

    private PackReader(String source) {
        this.source = source;
    }

    /**
     * Reads one pack.
     *
     * @param in the pack text, closed by the caller
     * @param source the file or resource name used in error messages
     * @throws ConfigurationException naming the file and the bad field
     */
    public static LanguagePack read(InputStream in, String source) {
        return new PackReader(source).parse(in);
    }

    private LanguagePack parse(InputStream in) {
        JsonNode root;
        try {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            YamlGuard.check(text, "language pack " + source);
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new ConfigurationException("language pack " + source + ": cannot read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new ConfigurationException("language pack " + source + ": not valid YAML: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("", "the file must hold a mapping of fields");
        }
        onlyKnown(root, "", TOP);
        JsonNode langId = object(root, "languageId");
        onlyKnown(langId, "languageId.", LANGUAGE_ID);
        JsonNode dialogue = object(root, "dialogue");
        onlyKnown(dialogue, "dialogue.", DIALOGUE);
        JsonNode translation = object(root, "translation");
        onlyKnown(translation, "translation.", TRANSLATION);
        try {
            return new LanguagePack(
                    code(root),
                    text(root, "name", ""),
                    text(root, "nativeName", ""),
                    text(root, "promptVersion", ""),
                    new LanguageIdSettings(text(langId, "lingua", "languageId.").toUpperCase(Locale.ROOT),
                            confidence(langId)),
                    conversion(root),
                    text(root, "documentPrefix", ""),
                    new DialoguePrompts(
                            text(dialogue, "initialQuestion", "dialogue."),
                            text(dialogue, "initialAnswer", "dialogue."),
                            text(dialogue, "inDepthQuestion", "dialogue."),
                            text(dialogue, "expansiveQuestion", "dialogue."),
                            text(dialogue, "followUpAnswer", "dialogue."),
                            text(dialogue, "historyLabel", "dialogue."),
                            text(dialogue, "questionLabel", "dialogue."),
                            text(dialogue, "answerLabel", "dialogue.")),
                    phrases(root),
                    text(translation, "instructions", "translation."),
                    cultureFilter(root),
                    referenceSections(root),
                    QualityBlock.read(root.get("quality"), this::fail),
                    root.get("dataPreamble") == null || root.get("dataPreamble").isNull() ? null
                            : text(root, "dataPreamble", ""));
        } catch (IllegalArgumentException e) {
            throw fail("", e.getMessage());
        }
    }

    private CultureFilterPrompts cultureFilter(JsonNode root) {
        JsonNode node = root.get("cultureFilter");
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode judge = object(root, "cultureFilter");
        onlyKnown(judge, "cultureFilter.", CULTURE_FILTER);
        JsonNode criteria = object(judge, "criteria", "cultureFilter.");
        String prefix = "cultureFilter.criteria.";
        onlyKnown(criteria, prefix, new java.util.HashSet<>(CultureFilterPrompts.CRITERIA));
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String key : CultureFilterPrompts.CRITERIA) {
            descriptions.put(key, text(criteria, key, prefix));
        }
        return new CultureFilterPrompts(text(judge, "instructions", "cultureFilter."), descriptions,
                text(judge, "answerFormat", "cultureFilter."));
    }

    /** The optional {@code referenceSections}: headings of sections the cleaner drops. */
    private List<String> referenceSections(JsonNode root) {
        JsonNode node = root.get("referenceSections");
        if (node == null || node.isNull()) {
            return List.of();
        }
        return texts(node, "referenceSections");
    }

    private LanguageCode code(JsonNode root) {
        String code = text(root, "code", "");
        try {
            return LanguageCode.of(code);
        } catch (IllegalArgumentException e) {
            throw fail("code", e.getMessage());
        }
    }

    private ScriptConversion conversion(JsonNode root) {
        JsonNode node = root.get("scriptConversion");
        if (node == null || node.isNull()) {
            return ScriptConversion.NONE;
        }
        String value = node.isString() ? node.stringValue().trim().toUpperCase(Locale.ROOT) : "";
        for (ScriptConversion c : ScriptConversion.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        throw fail("scriptConversion", "must be one of none, t2s, was " + node);
    }

    private double confidence(JsonNode langId) {
        JsonNode node = langId.get("minConfidence");
        if (node == null || node.isNull()) {
            throw fail("languageId.minConfidence", "missing");
        }
        if (!node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            throw fail("languageId.minConfidence", "must be a number in [0, 1], was " + node);
        }
        return node.doubleValue();
    }

    private List<String> phrases(JsonNode root) {
        JsonNode node = root.get("textReferencePhrases");
        if (node == null || node.isNull()) {
            throw fail("textReferencePhrases", "missing");
        }
        return texts(node, "textReferencePhrases");
    }

    private List<String> texts(JsonNode node, String field) {
        if (!node.isArray()) {
            throw fail(field, "must be a list of texts");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isString() || item.stringValue().isBlank()) {
                throw fail(field + "[" + i + "]", "must be a non-empty text, was " + item);
            }
            texts.add(written(item.stringValue(), field + "[" + i + "]"));
        }
        return texts;
    }

    private JsonNode object(JsonNode parent, String field) {
        return object(parent, field, "");
    }

    private JsonNode object(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw fail(prefix + field, "missing");
        }
        if (!node.isObject()) {
            throw fail(prefix + field, "must be a mapping of fields");
        }
        return node;
    }

    private String text(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw fail(prefix + field, "missing");
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            throw fail(prefix + field, "must be a non-empty text, was " + node);
        }
        return written(node.stringValue(), prefix + field).strip();
    }

    private String written(String value, String field) {
        if (value.contains(LanguagePacks.NATIVE_TODO)) {
            throw fail(field, "is still marked " + LanguagePacks.NATIVE_TODO + ": write it natively ('ultralink pack "
                    + "check FILE' lists every such field with its line)");
        }
        return value;
    }

    private void onlyKnown(JsonNode node, String prefix, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw fail(prefix + name, "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    ConfigurationException fail(String field, String problem) {
        String where = field.isEmpty() ? "" : " field '" + field + "'";
        return new ConfigurationException("language pack " + source + ":" + where + " " + problem);
    }

}
