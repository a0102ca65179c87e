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

/** {@code {"messages":[{"role","content"}]}}. Not API. */
public final class OpenAiMessagesCodec implements RecordCodec {

    @Override
    public ObjectNode encode(SftRecord record, boolean withMetadata) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (withMetadata) {
            node.put("id", record.id());
        }
        ArrayNode messages = node.putArray("messages");
        for (Message m : record.messages()) {
            ObjectNode msg = messages.addObject();
            msg.put("role", m.role().wireName());
            msg.put("content", m.content());
        }
        if (withMetadata) {
            Json.putMetadata(node, record.metadata());
        }
        return node;
    }

    @Override
    public SftRecord decode(JsonNode node, RecordDefaults defaults) {
        String id = Json.idOr(node, defaults.fallbackId());
        JsonNode array = Json.requireArray(node, "messages");
        List<Message> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                throw new IllegalArgumentException("messages[" + i + "] must be an object");
            }
            try {
                messages.add(new Message(Role.parse(Json.requireText(item, "role")), Json.requireText(item, "content")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("messages[" + i + "]: " + e.getMessage(), e);
            }
        }
        Map<String, String> metadata = Json.readMetadata(node);
        return new SftRecord(id, Json.language(id, metadata, defaults), Json.type(id, metadata, defaults), messages,
                metadata);
    }
}
