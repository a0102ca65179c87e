package io.ultralink.llm.http.internal;

import io.ultralink.format.Mappers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The backends' name for {@link Mappers#JSON}, the one configured mapper. Not API. */
public final class Json {

    /** {@link Mappers#JSON}. */
    public static final JsonMapper MAPPER = Mappers.JSON;

    private Json() {
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
