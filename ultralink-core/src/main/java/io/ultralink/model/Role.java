package io.ultralink.model;

import java.util.Locale;

/** Who speaks a chat message. */
public enum Role {
    /** Instructions that frame the conversation. */
    SYSTEM,
    /** The human side: questions and requests. */
    USER,
    /** The model side: answers. */
    ASSISTANT;

    /** The lower-case wire name used by OpenAI-style formats ({@code "user"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a role name from the common dataset formats: {@code system}, {@code user}/{@code human},
     * {@code assistant}/{@code gpt}/{@code model}/{@code chatgpt}/{@code bing}/{@code bard}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Role parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "system":
                return SYSTEM;
            case "user":
            case "human":
                return USER;
            case "assistant":
            case "gpt":
            case "model":
            case "chatgpt":
            case "bing":
            case "bard":
                return ASSISTANT;
            default:
                throw new IllegalArgumentException("unknown role '" + name + "'");
        }
    }
}
