package io.ultralink.language;

import io.ultralink.internal.Checks;

/**
 * The dialogue-generation instructions of one language, written natively in it (paper Figs. 4–8).
 * Each is a system instruction with its principles; the generator adds the delimited document and
 * the dialogue history after it.
 *
 * @param initialQuestion asks for the first question about the document (Fig. 5)
 * @param initialAnswer asks for the answer to the first question (Fig. 6)
 * @param inDepthQuestion asks for a follow-up that goes deeper into the same topic (Fig. 7)
 * @param expansiveQuestion asks for a follow-up that widens the topic (Fig. 8)
 * @param followUpAnswer asks for the answer to a follow-up question
 * @param historyLabel heading placed before the dialogue so far
 * @param questionLabel label of a question in the history
 * @param answerLabel label of an answer in the history
 */
public record DialoguePrompts(String initialQuestion, String initialAnswer, String inDepthQuestion,
        String expansiveQuestion, String followUpAnswer, String historyLabel, String questionLabel,
        String answerLabel) {

    /** Validates that every prompt has text. */
    public DialoguePrompts {
        Checks.notBlank(initialQuestion, "initialQuestion");
        Checks.notBlank(initialAnswer, "initialAnswer");
        Checks.notBlank(inDepthQuestion, "inDepthQuestion");
        Checks.notBlank(expansiveQuestion, "expansiveQuestion");
        Checks.notBlank(followUpAnswer, "followUpAnswer");
        Checks.notBlank(historyLabel, "historyLabel");
        Checks.notBlank(questionLabel, "questionLabel");
        Checks.notBlank(answerLabel, "answerLabel");
    }
}
