package io.ultralink.format;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The SDK's one Jackson configuration. Every module reads and writes JSON with {@link #JSON}; the
 * other mappers here are derived from it and differ only in what their names say. A class needing
 * a stricter reader derives one with {@code rebuild()} and documents why (the CLI's config loader
 * rejects unknown keys and trailing tokens). All mappers are immutable and shared.
 */
public final class Mappers {

    /** The configured JSON mapper: Jackson 3 defaults, compact output. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@link #JSON} with indented output, for files people read (reports, manifests). */
    public static final JsonMapper PRETTY_JSON = JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** YAML (and JSON, which YAML includes) with the same settings as {@link #JSON}. */
    public static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Mappers() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
