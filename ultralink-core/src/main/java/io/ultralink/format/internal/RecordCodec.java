package io.ultralink.format.internal;

import io.ultralink.model.SftRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Converts records to and from one JSON line shape. Not API. */
public interface RecordCodec {

    /** The JSON object for {@code record}; metadata only when {@code withMetadata}. */
    ObjectNode encode(SftRecord record, boolean withMetadata);

    /**
     * The record held by {@code node}.
     *
     * @param defaults used where the line itself carries no language or type
     * @throws IllegalArgumentException (or a record validation failure) describing what is wrong
     */
    SftRecord decode(JsonNode node, RecordDefaults defaults);
}
