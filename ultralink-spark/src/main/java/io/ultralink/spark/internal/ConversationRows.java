package io.ultralink.spark.internal;

import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import io.ultralink.run.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A {@link Conversation} as one JSON text, to travel in a Dataset column, and the digest of its content. Not API. */
public final class ConversationRows {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ConversationRows() {
    }

    /** The JSON text of {@code c}: id, type, messages (role, content) and metadata by key, the same in every JVM. */
    public static String toJson(Conversation c) {
        ObjectNode node = JSON.createObjectNode().put("id", c.id()).put("type", c.type().name());
        var messages = node.putArray("messages");
        for (Message m : c.messages()) {
            messages.addObject().put("role", m.role().name()).put("content", m.content());
        }
        ObjectNode meta = node.putObject("metadata");
        // sorted: a conversation's metadata map iterates in an order that differs from JVM to JVM
        new TreeMap<>(c.metadata()).forEach(meta::put);
        return JSON.writeValueAsString(node);
    }

    /** The conversation of a text made by {@link #toJson}. */
    public static Conversation fromJson(String json) {
        JsonNode node = JSON.readTree(json);
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : node.get("messages")) {
            messages.add(new Message(Role.valueOf(m.get("role").asString()), m.get("content").asString()));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        node.get("metadata").properties().forEach(e -> meta.put(e.getKey(), e.getValue().asString()));
        return new Conversation(node.get("id").asString(), DataType.valueOf(node.get("type").asString()), messages,
                meta);
    }

    /** The digest of the conversation's content, the input a committed row was made from. */
    public static String inputDigest(Conversation c) {
        return Fingerprint.sha256(toJson(c)).substring(0, 16);
    }
}
