package io.ultralink.testing;

import io.ultralink.error.TransientLlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import java.util.function.Predicate;

/**
 * A deterministic English model double for pipeline tests: its question and answer depend only on
 * the request (title word of the document and the request seed), optionally after a pause, and it
 * fails with a {@link TransientLlmException} on documents a predicate picks.
 */
public final class EchoModel implements ChatModel {

    private final long pauseMillis;
    private final Predicate<String> failOn;

    /** A model that pauses {@code pauseMillis} per call and fails on documents {@code failOn} accepts. */
    public EchoModel(long pauseMillis, Predicate<String> failOn) {
        this.pauseMillis = pauseMillis;
        this.failOn = failOn;
    }

    /** A model that answers at once and never fails. */
    public EchoModel() {
        this(0, d -> false);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String all = request.messages().stream().map(Message::content).reduce("", (a, b) -> a + "\n" + b);
        if (failOn.test(all)) {
            throw new TransientLlmException("scripted outage");
        }
        if (pauseMillis > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientLlmException("interrupted", e);
            }
        }
        String text = reply(all, ScriptedChatModel.isQuestion(request), request.seed().orElse(0));
        return new ChatResponse(text, FinishReason.STOP, new TokenUsage(all.length() / 4, 0, text.length() / 4), "echo-1");
    }

    /** The deterministic question or answer for a prompt's text and sampling seed. */
    public static String reply(String prompt, boolean question, long seed) {
        int at = prompt.indexOf("The ");
        String subject = at < 0 ? "river" : prompt.substring(at + 4, prompt.indexOf(' ', at + 4));
        long tag = seed % 1000;
        int turn = count(prompt, "collected tolls from boats");
        return question
                ? QUESTIONS.get(turn % QUESTIONS.size()).replace("{}", subject) + ", case " + tag + "?"
                : "Towns on the " + subject + " collected tolls from boats, and merchants settled there, case " + tag + ".";
    }

    /** Distinct question shapes, one per turn, so that follow-ups never repeat an earlier question. */
    static final java.util.List<String> QUESTIONS = java.util.List.of(
            "Why did towns on the {} grow rich from trade",
            "How did spring floods along the {} change the farming calendar of nearby villages",
            "What would happen to shipping on the {} if its ports froze every winter",
            "Which crafts flourished in the markets beside the {} during the Middle Ages",
            "How do modern engineers manage the banks of the {} to protect old quarters",
            "Why do historians compare the {} with other great trade rivers of the world",
            "In what ways did bridges over the {} reshape the politics of the region");

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public String modelName() {
        return "echo-1";
    }
}
