package io.ultralink.dialogue;

import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Dialogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DialogueGenerator} made of one segment.
 *
 * @param segmentId the segment's stable id
 * @param dialogue the accepted turns, absent when not even the first turn passed the gates
 * @param ending why the dialogue ended
 * @param rejections every rejected question or answer, in order
 * @param usage tokens spent on all calls for this segment, rejected ones included
 */
public record DialogueResult(String segmentId, Optional<Dialogue> dialogue, Ending ending, List<Rejection> rejections,
        TokenUsage usage) {

    /** Why a dialogue ended. */
    public enum Ending {
        /** The doubling end probability fired. */
        RANDOM_END,
        /** The configured maximum number of turns was reached. */
        MAX_TURNS,
        /** A generated turn failed the gates (see the last rejection). */
        REJECTED
    }

    /** Validates the fields. */
    public DialogueResult {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(dialogue, "dialogue");
        Objects.requireNonNull(ending, "ending");
        rejections = List.copyOf(Objects.requireNonNull(rejections, "rejections"));
        Objects.requireNonNull(usage, "usage");
    }
}
