package io.ultralink.run;

import java.util.Objects;
import java.util.Optional;

/**
 * The latest journal line of one unit of work.
 *
 * @param unit the unit's stable id
 * @param fingerprint the digest of the fingerprint it was made under
 * @param input the digest of its input, or empty when the stage does not track it
 * @param status its outcome
 * @param ref the id of the output it committed (a record id), or empty
 * @param data stage-specific details as one JSON object text (a verdict, a failure reason), or empty
 */
public record WorkEntry(String unit, String fingerprint, Optional<String> input, WorkStatus status,
        Optional<String> ref, Optional<String> data) {

    /** Checks every field. */
    public WorkEntry {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(data, "data");
    }

    /** Whether the unit is finished (done or rejected). */
    public boolean isFinal() {
        return status != WorkStatus.FAILED;
    }
}
