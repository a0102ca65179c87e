package io.ultralink.llm.llamacpp.internal;

import io.ultralink.model.Message;
import io.ultralink.model.Role;
import java.util.List;

/**
 * The plain prompt used for models that ship no chat template: each message as {@code Role: text},
 * blank lines between, ending with {@code Assistant:} for the model to continue. Not API.
 */
public final class PromptTemplate {

    private PromptTemplate() {
    }

    /** The prompt for {@code messages}. */
    public static String simple(List<Message> messages) {
        StringBuilder out = new StringBuilder();
        for (Message m : messages) {
            if (m.content().isEmpty()) {
                continue;
            }
            out.append(label(m.role())).append(": ").append(m.content().strip()).append("\n\n");
        }
        return out.append("Assistant:").toString();
    }

    private static String label(Role role) {
        String name = role.wireName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
