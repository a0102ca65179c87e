package io.ultralink.dialogue;

import io.ultralink.model.Segment;

/**
 * Generates one knowledge-grounded multi-turn dialogue from one segment, in the segment's language.
 *
 * <p>Contract (paper §2.1.2): the first question and answer are grounded in the segment, each later
 * question is an in-depth or expansive follow-up chosen at random, every call sees the segment, and
 * after each follow-up the dialogue ends with a probability that starts at {@code p} and doubles.
 * Every generated turn passes the quality gates or is rejected with a {@link Rejection}; a rejected
 * first turn leaves no dialogue, a rejected later turn ends the dialogue at the previous one. All
 * randomness derives from the run seed and {@link Segment#id()}, so the same seed gives the same
 * turn structure. Model failures that outlast retries are thrown, not hidden.
 */
public interface DialogueGenerator {

    /** Generates the dialogue for {@code segment}. */
    DialogueResult generate(Segment segment);
}
