package io.ultralink.text.prepare;

/** Why a page read from a dump produced no segments. */
public enum DropReason {
    /** Outside namespace 0. */
    NAMESPACE,
    /** A redirect. */
    REDIRECT,
    /** A disambiguation page. */
    DISAMBIGUATION,
    /** No text left after cleaning. */
    EMPTY,
    /** Fewer tokens than the minimum document length. */
    TOO_SHORT,
    /**
     * More tokens than the maximum document length. A page with more runs of letters or of digits than that
     * maximum is rejected before language detection, so it is reported as too long even if it is also in the
     * wrong language.
     */
    TOO_LONG,
    /** Not in the expected language with the pack's minimum confidence. */
    WRONG_LANGUAGE,
    /** Processing the page failed (see the report's errors). */
    FAILED
}
