package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A source conversation (an English SFT example, or its translation) with a stable id.
 *
 * @param id stable id derived from the source (file and record), not blank
 * @param type what kind of data it is
 * @param messages at least one message
 * @param metadata free-form provenance (source file, task id, entry point, ...)
 */
public record Conversation(String id, DataType type, List<Message> messages, Map<String, String> metadata) {

    /** Validates and copies. */
    public Conversation {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(type, "type");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        Map.copyOf(Objects.requireNonNull(metadata, "metadata")); // no null keys or values
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("conversation " + id + " has no messages");
        }
    }

    /** A conversation with no metadata. */
    public static Conversation of(String id, DataType type, List<Message> messages) {
        return new Conversation(id, type, messages, Map.of());
    }

    /** A copy with other messages and the same id, type and metadata. */
    public Conversation withMessages(List<Message> newMessages) {
        return new Conversation(id, type, newMessages, metadata);
    }

    /** All message texts joined by blank lines, for length checks and filters. */
    public String joinedText() {
        StringBuilder sb = new StringBuilder();
        for (Message m : messages) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(m.content());
        }
        return sb.toString();
    }
}
