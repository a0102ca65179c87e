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
    /**
     * Fewer tokens than the minimum document length. When the dump's language is known, length is checked
     * before language, so such a page is reported as too short even if it is also in the wrong language.
     */
    TOO_SHORT,
    /**
     * More tokens than the maximum document length. A page that a cheap lower bound on its count already puts over
     * that maximum is rejected before language detection, as is any out-of-bounds page of a dump whose language is
     * known, so such a page is reported as too long even if it is also in the wrong language.
     */
    TOO_LONG,
    /**
     * The page's text was longer than the preparation's bound on page size (by default 2 MiB, MediaWiki's revision
     * limit), so it was read past without being held.
     */
    TOO_LARGE,
    /** Not in the expected language with the pack's minimum confidence. */
    WRONG_LANGUAGE,
    /** Processing the page failed (see the report's errors). */
    FAILED
}
