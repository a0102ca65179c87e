package io.ultralink.model;

import io.ultralink.internal.Checks;

/**
 * One question and its answer.
 *
 * @param question the user's question, not blank
 * @param answer the assistant's answer, not blank
 */
public record Turn(String question, String answer) {

    /** Validates that both sides have text. */
    public Turn {
        Checks.notBlank(question, "question");
        Checks.notBlank(answer, "answer");
    }
}
