package io.ultralink.llm.http.internal;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one configured JSON mapper of the backends. Not API. */
public final class Json {

    /** Shared, never reconfigured after creation. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
