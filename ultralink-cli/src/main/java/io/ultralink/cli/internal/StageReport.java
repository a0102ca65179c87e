package io.ultralink.cli.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one stage did, as written into the run manifest. Not API.
 *
 * @param stage the stage name
 * @param status {@code done}, {@code stopped} (a cap was reached), {@code failed} or {@code skipped}
 * @param seconds wall time
 * @param processed items examined
 * @param produced items written
 * @param rejections items dropped, by reason
 * @param outputs files written, relative to the output folder
 * @param notes other facts (models, prompt versions)
 */
public record StageReport(String stage, String status, double seconds, long processed, long produced,
        Map<String, Long> rejections, List<String> outputs, Map<String, String> notes) {

    /** Copies; the maps are kept sorted by key, so the manifest and the card list them in one order. */
    public StageReport {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Map.copyOf(rejections); // no null keys or values
        rejections = Collections.unmodifiableMap(new TreeMap<>(rejections));
        outputs = List.copyOf(outputs);
        Map.copyOf(notes); // no null keys or values
        notes = Collections.unmodifiableMap(new TreeMap<>(notes));
    }

    /**
     * @param stage the stage
     * @param reason why it was skipped
     * @return a skipped report
     */
    public static StageReport skipped(String stage, String reason) {
        return new StageReport(stage, "skipped", 0, 0, 0, Map.of(), List.of(), Map.of("reason", reason));
    }

    /**
     * @param newStatus the status
     * @param newSeconds the wall time
     * @return a copy with these
     */
    public StageReport with(String newStatus, double newSeconds) {
        return new StageReport(stage, newStatus, newSeconds, processed, produced, rejections, outputs, notes);
    }
}
