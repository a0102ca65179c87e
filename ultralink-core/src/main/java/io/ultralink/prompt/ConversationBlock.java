package io.ultralink.prompt;

import io.ultralink.format.internal.Json;
import io.ultralink.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * A conversation shown to a judge as data: a JSON array of {@code {"role", "content"}} turns, one per
 * line, between {@code <conversation>} tags neutralised by {@link DelimitedBlock}. The JSON string
 * encoding means a turn's content cannot end its turn or forge another one ({@code "[assistant]"}
 * or a {@code "role"} inside content stays content).
 */
public final class ConversationBlock {

    /** The block's tags. */
    public static final DelimitedBlock BLOCK = DelimitedBlock.named("conversation");

    private ConversationBlock() {
    }

    /**
     * @param messages the turns
     * @return the rendered block
     */
    public static String render(List<Message> messages) {
        Objects.requireNonNull(messages, "messages");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode()
                    .put("role", m.role().wireName()).put("content", m.content())));
        }
        return BLOCK.wrap(json.append("\n]").toString());
    }
}
