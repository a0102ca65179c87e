package io.ultralink.model;

import io.ultralink.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One example of the finished dataset.
 *
 * <p>Messages are an optional system message followed by user and assistant messages that
 * alternate, starting with the user and ending with the assistant: the UltraLink release stores
 * exactly the user/assistant texts in order ({@code data: [q1, a1, q2, a2, ...]}).
 *
 * @param id the record id, by convention {@code {lang}_{type}_{n}} (see {@link RecordId})
 * @param language the language of the record
 * @param type the kind of data
 * @param messages the conversation, validated as described above
 * @param metadata provenance, model, prompt version, seed ... (keys in {@link MetadataKeys})
 */
public record SftRecord(String id, LanguageCode language, DataType type, List<Message> messages,
        Map<String, String> metadata) {

    /** Validates the id, the alternation of roles and copies the collections. */
    public SftRecord {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(type, "type");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        Map.copyOf(Objects.requireNonNull(metadata, "metadata")); // no null keys or values
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        checkAlternation(id, messages);
    }

    /** Builds a record from question/answer turns. */
    public static SftRecord ofTurns(String id, LanguageCode language, DataType type, List<Turn> turns,
            Map<String, String> metadata) {
        List<Message> messages = new ArrayList<>(turns.size() * 2);
        for (Turn turn : turns) {
            messages.add(Message.user(turn.question()));
            messages.add(Message.assistant(turn.answer()));
        }
        return new SftRecord(id, language, type, messages, metadata);
    }

    /** The user/assistant pairs, without any system message. */
    public List<Turn> turns() {
        List<Turn> turns = new ArrayList<>();
        List<Message> dialog = dialogMessages();
        for (int i = 0; i + 1 < dialog.size(); i += 2) {
            turns.add(new Turn(dialog.get(i).content(), dialog.get(i + 1).content()));
        }
        return turns;
    }

    /** The messages without a leading system message. */
    public List<Message> dialogMessages() {
        if (!messages.isEmpty() && messages.get(0).role() == Role.SYSTEM) {
            return messages.subList(1, messages.size());
        }
        return messages;
    }

    private static void checkAlternation(String id, List<Message> messages) {
        int first = !messages.isEmpty() && messages.get(0).role() == Role.SYSTEM ? 1 : 0;
        int dialog = messages.size() - first;
        if (dialog < 2 || dialog % 2 != 0) {
            throw new IllegalArgumentException("record " + id
                    + " needs user/assistant pairs (an even number of at least 2 messages after an optional system message), has "
                    + dialog);
        }
        for (int i = first; i < messages.size(); i++) {
            Role expected = (i - first) % 2 == 0 ? Role.USER : Role.ASSISTANT;
            if (messages.get(i).role() != expected) {
                throw new IllegalArgumentException("record " + id + ": message " + i + " must be "
                        + expected.wireName() + ", was " + messages.get(i).role().wireName());
            }
        }
    }
}
