package io.ultralink.run;

/** The outcome of a unit of work, as its journal records it. */
public enum WorkStatus {
    /** Finished; its output (if it has one) is committed. Final. */
    DONE,
    /** Finished without output because a check rejected it. Final. */
    REJECTED,
    /** Failed; a later run may try again. */
    FAILED
}
