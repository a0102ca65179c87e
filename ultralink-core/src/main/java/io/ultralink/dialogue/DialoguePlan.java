package io.ultralink.dialogue;

import io.ultralink.dialogue.internal.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The turn structure of one dialogue, decided before any model call: the kind of each follow-up
 * question and why the dialogue ends. It depends only on the run seed, the segment's stable id and
 * the {@link EndingSchedule}, so the same seed gives the same structure in every run; quality gates
 * can only cut a dialogue shorter than planned.
 *
 * @param followUps the kinds of the follow-up questions after the first pair, in order
 * @param ending {@link DialogueResult.Ending#RANDOM_END} or {@link DialogueResult.Ending#MAX_TURNS}
 */
public record DialoguePlan(List<FollowUpKind> followUps, DialogueResult.Ending ending) {

    /** Validates and copies. */
    public DialoguePlan {
        followUps = List.copyOf(Objects.requireNonNull(followUps, "followUps"));
        Objects.requireNonNull(ending, "ending");
        if (ending == DialogueResult.Ending.REJECTED) {
            throw new IllegalArgumentException("a plan ends at random or at the maximum, not by rejection");
        }
    }

    /**
     * Plans the dialogue of segment {@code segmentId}: after each follow-up, one uniform draw for
     * its kind and one for the ending, from a generator seeded by ({@code runSeed}, {@code segmentId}).
     */
    public static DialoguePlan of(long runSeed, String segmentId, EndingSchedule schedule) {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(schedule, "schedule");
        SplittableRandom random = SeededRandom.forSegment(runSeed, segmentId, "plan");
        List<FollowUpKind> kinds = new ArrayList<>();
        while (kinds.size() < schedule.maxFollowUps()) {
            kinds.add(random.nextBoolean() ? FollowUpKind.IN_DEPTH : FollowUpKind.EXPANSIVE);
            if (random.nextDouble() < schedule.endProbability(kinds.size() - 1)) {
                return new DialoguePlan(kinds, DialogueResult.Ending.RANDOM_END);
            }
        }
        return new DialoguePlan(kinds, DialogueResult.Ending.MAX_TURNS);
    }

    /** The planned number of question/answer pairs, the first included. */
    public int turns() {
        return 1 + followUps.size();
    }
}
