package io.ultralink.source.internal;

import io.ultralink.model.Message;
import io.ultralink.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings raw chat messages into the shape records need: an optional system message, then user and
 * assistant messages alternating, starting with the user and ending with the assistant. Leading
 * model turns, blank messages and a trailing unanswered question are dropped (and counted);
 * consecutive messages of one role are joined with a blank line. Not API.
 */
final class ChatNormaliser {

    record Result(List<Message> messages, int dropped) {
    }

    record Raw(Role role, String content) {
    }

    private ChatNormaliser() {
    }

    static Result normalise(List<Raw> raw) {
        int dropped = 0;
        String system = null;
        List<Message> out = new ArrayList<>();
        for (Raw m : raw) {
            if (m.role() == Role.SYSTEM) {
                if (system == null && out.isEmpty() && !m.content().isBlank()) {
                    system = m.content();
                } else {
                    dropped++;
                }
                continue;
            }
            if (m.content().isBlank() || (out.isEmpty() && m.role() == Role.ASSISTANT)) {
                dropped++;
                continue;
            }
            Message last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.role() == m.role()) {
                out.set(out.size() - 1, new Message(m.role(), last.content() + "\n\n" + m.content()));
            } else {
                out.add(new Message(m.role(), m.content()));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).role() == Role.USER) {
            out.remove(out.size() - 1);
            dropped++;
        }
        if (!out.isEmpty() && system != null) {
            out.add(0, Message.system(system));
        }
        return new Result(out, dropped);
    }
}
