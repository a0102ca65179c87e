package io.ultralink.run;

/**
 * What a run does with work an earlier run left in its output folder.
 */
public enum ResumeMode {
    /**
     * Reuse every unit made under the current fingerprint; stop with a {@link ChangedWorkException}
     * before any work when a unit to do was made under another one (the default).
     */
    RESUME,
    /** Reuse what still matches; redo, and count, exactly the units made under another fingerprint. */
    RERUN_CHANGED,
    /** Discard every journal and output of the run and start over. */
    FRESH
}
