package io.ultralink.dialogue.internal;

import io.ultralink.dialogue.FollowUpKind;
import io.ultralink.language.DialoguePrompts;

/** One kind of model call made while generating a dialogue. Not API. */
public enum DialogueStep {
    /** The first question (Fig. 5). */
    INITIAL_QUESTION("dialogue.question", true),
    /** The answer to the first question (Fig. 6). */
    INITIAL_ANSWER("dialogue.answer", false),
    /** An in-depth follow-up question (Fig. 7). */
    IN_DEPTH_QUESTION("dialogue.question", true),
    /** An expansive follow-up question (Fig. 8). */
    EXPANSIVE_QUESTION("dialogue.question", true),
    /** The answer to a follow-up question. */
    FOLLOW_UP_ANSWER("dialogue.answer", false);

    private final String stage;
    private final boolean question;

    DialogueStep(String stage, boolean question) {
        this.stage = stage;
        this.question = question;
    }

    /** The follow-up question step of {@code kind}. */
    public static DialogueStep followUp(FollowUpKind kind) {
        return kind == FollowUpKind.IN_DEPTH ? IN_DEPTH_QUESTION : EXPANSIVE_QUESTION;
    }

    /** The {@link io.ultralink.llm.ChatRequest#stage()} label of calls of this step. */
    public String stage() {
        return stage;
    }

    /** Whether the step asks for a question (else an answer). */
    public boolean isQuestion() {
        return question;
    }

    /** The pack's instruction for this step. */
    public String instruction(DialoguePrompts prompts) {
        return switch (this) {
            case INITIAL_QUESTION -> prompts.initialQuestion();
            case INITIAL_ANSWER -> prompts.initialAnswer();
            case IN_DEPTH_QUESTION -> prompts.inDepthQuestion();
            case EXPANSIVE_QUESTION -> prompts.expansiveQuestion();
            case FOLLOW_UP_ANSWER -> prompts.followUpAnswer();
        };
    }
}
