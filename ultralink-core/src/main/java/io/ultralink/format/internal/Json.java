package io.ultralink.format.internal;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.RecordId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SDK's one configured JSON mapper and small helpers over JSON trees. Not API. */
public final class Json {

    /** {@link io.ultralink.format.Mappers#JSON}, under its older name. */
    public static final JsonMapper MAPPER = io.ultralink.format.Mappers.JSON;

    private Json() {
    }

    /** The text of field {@code name}, or an exception naming it. */
    public static String requireText(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException("field '" + name + "' must be a string");
        }
        return v.stringValue();
    }

    /** The array field {@code name}, or an exception naming it. */
    public static JsonNode requireArray(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array");
        }
        return v;
    }

    /** Writes {@code metadata} as an object field, keys sorted for stable output. */
    public static void putMetadata(ObjectNode target, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            return;
        }
        ObjectNode meta = target.putObject("metadata");
        new TreeMap<>(metadata).forEach(meta::put);
    }

    /** Reads an optional {@code "metadata"} object of string values. */
    public static Map<String, String> readMetadata(JsonNode node) {
        JsonNode meta = node.get("metadata");
        Map<String, String> out = new LinkedHashMap<>();
        if (meta == null || meta.isNull()) {
            return out;
        }
        if (!meta.isObject()) {
            throw new IllegalArgumentException("field 'metadata' must be an object");
        }
        for (Map.Entry<String, JsonNode> e : meta.properties()) {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isString() ? v.stringValue() : v.toString());
        }
        return out;
    }

    /** Language from metadata, then the id's shape, then the defaults; or an exception. */
    public static LanguageCode language(String id, Map<String, String> metadata, RecordDefaults defaults) {
        if (metadata.containsKey(MetadataKeys.LANGUAGE)) {
            return LanguageCode.of(metadata.get(MetadataKeys.LANGUAGE));
        }
        return RecordId.parse(id).map(RecordId::language).or(() -> java.util.Optional.ofNullable(defaults.language()))
                .orElseThrow(() -> new IllegalArgumentException("cannot tell the language of record '" + id
                        + "': the id is not {lang}_{type}_{n} and no language was given"));
    }

    /** Data type from metadata, then the id's shape, then the defaults; or an exception. */
    public static DataType type(String id, Map<String, String> metadata, RecordDefaults defaults) {
        if (metadata.containsKey(MetadataKeys.TYPE)) {
            return DataType.parse(metadata.get(MetadataKeys.TYPE));
        }
        return RecordId.parse(id).map(RecordId::type).or(() -> java.util.Optional.ofNullable(defaults.type()))
                .orElseThrow(() -> new IllegalArgumentException("cannot tell the data type of record '" + id
                        + "': the id is not {lang}_{type}_{n} and no type was given"));
    }

    /** The optional {@code "id"} text, else the fallback. */
    public static String idOr(JsonNode node, String fallback) {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) {
            return fallback;
        }
        return v.isString() ? v.stringValue() : v.toString();
    }
}
