package io.ultralink.dialogue;

/** The two kinds of follow-up question, chosen uniformly at each follow-up turn. */
public enum FollowUpKind {
    /** Goes deeper into the current topic (paper Fig. 7). */
    IN_DEPTH,
    /** Widens the conversation beyond the current topic (paper Fig. 8). */
    EXPANSIVE
}
