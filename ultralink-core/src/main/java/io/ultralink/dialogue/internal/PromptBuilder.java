package io.ultralink.dialogue.internal;

import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.dialogue.PromptLayout;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.model.Message;
import io.ultralink.model.Turn;
import java.util.List;
import java.util.Objects;

/**
 * Renders the messages of one dialogue call in a {@link PromptLayout}. The history is rendered so
 * that the history of a later call starts with the whole history of an earlier one (the pending
 * question of an answer call is written as the next history entry), which is what lets the
 * cache-friendly layout share prefixes. The system message never carries the document: it is the
 * pack's fixed data preamble (with the step's instruction in the paper's layout), and the document
 * opens the user message. Not API.
 */
public final class PromptBuilder {

    private final PromptLayout layout;
    private final DialoguePrompts prompts;
    private final String preamble;
    private final String document;

    /**
     * @param layout the order of the parts
     * @param prompts the pack's prompts
     * @param preamble the pack's data preamble, the fixed system message
     * @param segmentText the segment, neutralised and delimited here
     */
    public PromptBuilder(PromptLayout layout, DialoguePrompts prompts, String preamble, String segmentText) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.preamble = Objects.requireNonNull(preamble, "preamble").strip();
        this.document = DocumentBlock.wrap(segmentText);
    }

    /**
     * The messages of a call.
     *
     * @param step what is asked for
     * @param history the accepted turns so far
     * @param pendingQuestion the question to answer (answer steps), or {@code null} (question steps)
     */
    public List<Message> messages(DialogueStep step, List<Turn> history, String pendingQuestion) {
        if (step.isQuestion() != (pendingQuestion == null)) {
            throw new IllegalArgumentException(step + (step.isQuestion() ? " takes no" : " needs a") + " pending question");
        }
        String dialogue = history(history, pendingQuestion);
        String instruction = step.instruction(prompts).strip();
        if (layout == PromptLayout.PAPER) {
            String user = dialogue.isEmpty() ? document : document + "\n\n" + dialogue;
            return List.of(Message.system(preamble + "\n\n" + instruction), Message.user(user));
        }
        String user = document + "\n\n" + (dialogue.isEmpty() ? instruction : dialogue + "\n\n" + instruction);
        return List.of(Message.system(preamble), Message.user(user));
    }

    private String history(List<Turn> turns, String pendingQuestion) {
        if (turns.isEmpty() && pendingQuestion == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(prompts.historyLabel().strip());
        for (Turn t : turns) {
            b.append('\n').append(prompts.questionLabel().strip()).append(' ').append(t.question());
            b.append('\n').append(prompts.answerLabel().strip()).append(' ').append(t.answer());
        }
        if (pendingQuestion != null) {
            b.append('\n').append(prompts.questionLabel().strip()).append(' ').append(pendingQuestion);
        }
        return b.toString();
    }
}
