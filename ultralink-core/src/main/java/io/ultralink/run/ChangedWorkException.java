package io.ultralink.run;

import io.ultralink.error.ConfigurationException;
import java.util.List;

/**
 * Work in an output folder was made under another fingerprint than the run would use now, and the
 * run was asked to resume ({@link ResumeMode#RESUME}). Nothing was reused and nothing was called.
 * The message names the stage, how many units changed and what changed; resume with
 * {@link ResumeMode#RERUN_CHANGED} to redo only those, or {@link ResumeMode#FRESH} to start over.
 */
public final class ChangedWorkException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    private final String stage;
    private final long units;
    private final List<String> changes;

    /**
     * @param stage the stage ({@code generate}, {@code translate}, ...)
     * @param units how many units of the run were made under another fingerprint
     * @param changes what changed, one line a component
     */
    public ChangedWorkException(String stage, long units, List<String> changes) {
        super(summary(stage, units, changes) + "; resume with ResumeMode.RERUN_CHANGED to redo only those units, "
                + "or ResumeMode.FRESH to start over");
        this.stage = stage;
        this.units = units;
        this.changes = List.copyOf(changes);
    }

    /** What changed, in one sentence without advice: {@code "generate: 3 units ... made with other settings: ..."}. */
    public static String summary(String stage, long units, List<String> changes) {
        return stage + ": " + units + " unit" + (units == 1 ? " of work in the output folder was" : "s of work in the "
                + "output folder were") + " made with other settings or inputs, so " + (units == 1 ? "it" : "they")
                + " cannot be reused: " + String.join("; ", changes);
    }

    /** The summary of this exception, without the advice. */
    public String summary() {
        return summary(stage, units, changes);
    }

    /** The stage. */
    public String stage() {
        return stage;
    }

    /** How many units changed. */
    public long units() {
        return units;
    }

    /** What changed, one line a component. */
    public List<String> changes() {
        return changes;
    }
}
