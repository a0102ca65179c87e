package io.ultralink.run.internal;

import io.ultralink.model.Conversation;
import io.ultralink.model.Message;
import io.ultralink.run.Fingerprint;

/** Digests of the inputs of units of work, so that a changed input is never mistaken for a done unit. */
public final class InputDigest {

    private InputDigest() {
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}. */
    public static String of(String text) {
        return Fingerprint.sha256(text).substring(0, 16);
    }

    /** The digest of a conversation's type and messages (roles and texts). */
    public static String of(Conversation conversation) {
        StringBuilder sb = new StringBuilder(conversation.type().name());
        for (Message m : conversation.messages()) {
            sb.append('\u0000').append(m.role().name()).append('\u0000').append(m.content());
        }
        return of(sb.toString());
    }
}
