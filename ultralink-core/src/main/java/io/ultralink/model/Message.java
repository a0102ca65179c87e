package io.ultralink.model;

import java.util.Objects;

/**
 * One chat message.
 *
 * @param role who speaks
 * @param content the text (may be empty only for a system message)
 */
public record Message(Role role, String content) {

    /** Validates the message. */
    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        if (role != Role.SYSTEM && content.isBlank()) {
            throw new IllegalArgumentException(role.wireName() + " message content must not be blank");
        }
    }

    /** A system message. */
    public static Message system(String content) {
        return new Message(Role.SYSTEM, content);
    }

    /** A user message. */
    public static Message user(String content) {
        return new Message(Role.USER, content);
    }

    /** An assistant message. */
    public static Message assistant(String content) {
        return new Message(Role.ASSISTANT, content);
    }
}
