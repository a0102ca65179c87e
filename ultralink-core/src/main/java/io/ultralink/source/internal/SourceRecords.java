package io.ultralink.source.internal;

import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.Message;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.Role;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns one parsed source record into a {@link Conversation}. Throws {@link IllegalArgumentException}
 * naming the bad field; the reader adds file and line. Not API.
 */
public final class SourceRecords {

    private SourceRecords() {
    }

    /**
     * Converts one record.
     *
     * @param format the source format
     * @param node the record
     * @param fileName the source file name (for ids of records without one, and provenance)
     * @param position the 1-based position of the record in the file
     */
    public static Conversation convert(SourceFormat format, JsonNode node, String fileName, long position) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a " + format.token() + " record must be a JSON object");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(MetadataKeys.SOURCE, fileName);
        String fallback = fileName + "#" + position;
        switch (format) {
            case SHAREGPT:
                return shareGpt(node, meta, fallback);
            case METAMATHQA:
                optional(node, "type").ifPresent(t -> meta.put(SourceMetadata.MATH_TYPE, t));
                return pair(format, id(node, fallback, "id"), text(node, "query"), text(node, "response"), meta);
            case MAGICODER_OSS:
                return pair(format, id(node, fallback, "index", "id"), text(node, "problem"), text(node, "solution"),
                        meta);
            case MAGICODER_EVOL:
                return pair(format, id(node, fallback, "id", "index"), text(node, "instruction"),
                        text(node, "response"), meta);
            case HUMANEVAL:
                String taskId = text(node, "task_id");
                String entry = text(node, "entry_point");
                String prompt = text(node, "prompt");
                if (!prompt.contains("def " + entry + "(")) {
                    throw new IllegalArgumentException("prompt of " + taskId + " does not define entry_point '"
                            + entry + "'");
                }
                meta.put(SourceMetadata.TASK_ID, taskId);
                meta.put(SourceMetadata.ENTRY_POINT, entry);
                meta.put(SourceMetadata.TEST, text(node, "test"));
                meta.put(SourceMetadata.CONTENT_FORMAT, SourceMetadata.FORMAT_PYTHON);
                return pair(format, taskId, prompt, text(node, "canonical_solution"), meta);
            default:
                throw new IllegalStateException(format.name());
        }
    }

    private static Conversation pair(SourceFormat format, String id, String question, String answer,
            Map<String, String> meta) {
        return new Conversation(format.token() + ":" + id, format.dataType(),
                List.of(Message.user(question), Message.assistant(answer)), meta);
    }

    private static Conversation shareGpt(JsonNode node, Map<String, String> meta, String fallback) {
        String id = id(node, fallback, "id", "conversation_id");
        if (id.equals(fallback) && node.path("meta").path("id").isString()) {
            id = node.path("meta").path("id").stringValue();
        }
        JsonNode turns = node.get("conversations");
        if (turns == null || !turns.isArray()) {
            turns = node.get("conversation");
        }
        if (turns == null || !turns.isArray()) {
            throw new IllegalArgumentException("field 'conversations' must be an array of {from, value}");
        }
        List<ChatNormaliser.Raw> raw = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            JsonNode t = turns.get(i);
            String from = t.path("from").isString() ? t.path("from").stringValue() : t.path("role").asString("");
            JsonNode value = t.has("value") ? t.get("value") : t.get("content");
            if (value == null || !value.isString()) {
                throw new IllegalArgumentException("conversations[" + i + "] has no text 'value'");
            }
            Role role;
            try {
                role = Role.parse(from);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("conversations[" + i + "]: " + e.getMessage(), e);
            }
            raw.add(new ChatNormaliser.Raw(role, value.stringValue()));
        }
        ChatNormaliser.Result normal = ChatNormaliser.normalise(raw);
        if (normal.messages().isEmpty()) {
            throw new IllegalArgumentException("no user/assistant exchange left after normalising "
                    + turns.size() + " messages");
        }
        if (normal.dropped() > 0) {
            meta.put(SourceMetadata.DROPPED_MESSAGES, Integer.toString(normal.dropped()));
        }
        return new Conversation("sharegpt:" + id, DataType.CHAT_AGNOSTIC, normal.messages(), meta);
    }

    private static String id(JsonNode node, String fallback, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && (v.isString() || v.isNumber()) && !v.asString().isBlank()) {
                return v.asString();
            }
        }
        return fallback;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString() || v.stringValue().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must be a non-empty string");
        }
        return v.stringValue();
    }

    private static java.util.Optional<String> optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? java.util.Optional.of(v.stringValue()) : java.util.Optional.empty();
    }
}
