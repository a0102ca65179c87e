package io.ultralink.run;

/** What a {@link WorkLog} knows of a unit, given the fingerprint and input it would be made under now. */
public enum Lookup {
    /** Never tried. */
    NEW,
    /** Finished under the same fingerprint and input: reuse it. */
    DONE,
    /** Tried and failed; may be tried again. */
    FAILED,
    /** Finished under another fingerprint or input: never reused silently. */
    CHANGED
}
