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

/** {@code {"id","conversations":[{"from","value"}]}}. Not API. */
public final class ShareGptCodec implements RecordCodec {

    @Override
    public ObjectNode encode(SftRecord record, boolean withMetadata) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", record.id());
        ArrayNode conversations = node.putArray("conversations");
        for (Message m : record.messages()) {
            ObjectNode turn = conversations.addObject();
            turn.put("from", from(m.role()));
            turn.put("value", m.content());
        }
        if (withMetadata) {
            Json.putMetadata(node, record.metadata());
        }
        return node;
    }

    @Override
    public SftRecord decode(JsonNode node, RecordDefaults defaults) {
        String id = Json.idOr(node, defaults.fallbackId());
        JsonNode array = Json.requireArray(node, "conversations");
        List<Message> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                throw new IllegalArgumentException("conversations[" + i + "] must be an object");
            }
            try {
                messages.add(new Message(Role.parse(Json.requireText(item, "from")), Json.requireText(item, "value")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("conversations[" + i + "]: " + e.getMessage(), e);
            }
        }
        Map<String, String> metadata = Json.readMetadata(node);
        return new SftRecord(id, Json.language(id, metadata, defaults), Json.type(id, metadata, defaults), messages,
                metadata);
    }

    private static String from(Role role) {
        switch (role) {
            case USER:
                return "human";
            case ASSISTANT:
                return "gpt";
            default:
                return "system";
        }
    }
}
