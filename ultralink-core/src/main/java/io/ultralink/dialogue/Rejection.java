package io.ultralink.dialogue;

import io.ultralink.internal.Checks;
import java.util.Objects;

/**
 * A generated question or answer that failed a quality gate.
 *
 * @param reason which gate
 * @param turnIndex 0-based index of the turn it belonged to
 * @param detail a short explanation (the phrase found, the detected language, ...)
 */
public record Rejection(Reason reason, int turnIndex, String detail) {

    /** The quality gates. */
    public enum Reason {
        /** The model hit its token limit ({@code finish_reason} LENGTH). */
        TRUNCATED,
        /** Empty or below the minimum number of tokens. */
        TOO_SHORT,
        /** More than one question asked at once. */
        MULTIPLE_QUESTIONS,
        /** A numbered list of questions. */
        NUMBERED_QUESTIONS,
        /** A phrase such as "according to the text" that refers to the hidden document. */
        TEXT_REFERENCE,
        /** Not written in the target language. */
        WRONG_LANGUAGE,
        /** The provider's content filter withheld the output. */
        CONTENT_FILTER,
        /** The answer mostly repeats (or closely rephrases) its own question. */
        ANSWER_REPEATS_QUESTION,
        /** A follow-up question nearly repeats an earlier question of the dialogue. */
        REPEATED_QUESTION,
        /** The groundedness judge found the answer unsupported by the segment. */
        UNGROUNDED
    }

    /** Validates the fields. */
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Checks.notNegative(turnIndex, "turnIndex");
        Objects.requireNonNull(detail, "detail");
    }
}
