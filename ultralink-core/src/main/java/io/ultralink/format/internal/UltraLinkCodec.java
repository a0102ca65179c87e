package io.ultralink.format.internal;

import io.ultralink.model.Message;
import io.ultralink.model.Role;
import io.ultralink.model.SftRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"id","data":[q,a,...]}}. Not API. */
public final class UltraLinkCodec implements RecordCodec {

    @Override
    public ObjectNode encode(SftRecord record, boolean withMetadata) {
        if (record.messages().get(0).role() == Role.SYSTEM) {
            throw new IllegalArgumentException("record " + record.id()
                    + " has a system message, which the UltraLink format cannot hold");
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", record.id());
        ArrayNode data = node.putArray("data");
        for (Message m : record.messages()) {
            data.add(m.content());
        }
        if (withMetadata) {
            Json.putMetadata(node, record.metadata());
        }
        return node;
    }

    @Override
    public SftRecord decode(JsonNode node, RecordDefaults defaults) {
        String id = Json.requireText(node, "id");
        JsonNode data = Json.requireArray(node, "data");
        List<Message> messages = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            JsonNode item = data.get(i);
            if (!item.isString()) {
                throw new IllegalArgumentException("data[" + i + "] must be a string");
            }
            messages.add(new Message(i % 2 == 0 ? Role.USER : Role.ASSISTANT, item.stringValue()));
        }
        Map<String, String> metadata = Json.readMetadata(node);
        return new SftRecord(id, Json.language(id, metadata, defaults), Json.type(id, metadata, defaults), messages,
                metadata);
    }
}
