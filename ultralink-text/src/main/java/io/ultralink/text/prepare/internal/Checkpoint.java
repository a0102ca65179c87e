package io.ultralink.text.prepare.internal;

import io.ultralink.text.prepare.PreparationReport;
import java.util.List;
import java.util.Objects;

/**
 * The resumable state of a preparation run, saved beside the segments file: the run's settings, each input's
 * progress, the length of the segments file when the state was taken, and the counts so far.
 *
 * @param version the checkpoint format version
 * @param settings the settings that shape the output (a resumed run must use the same)
 * @param inputs the progress of each input, in run order
 * @param outputBytes the length of the segments file that holds exactly the segments of the pages done
 * @param elapsedMillis wall time spent so far, over every run
 * @param report the counts of the pages done (null before the first save)
 */
public record Checkpoint(int version, String settings, List<InputProgress> inputs, long outputBytes,
        long elapsedMillis, PreparationReport report) {

    /** The current format version. */
    public static final int VERSION = 1;

    /** Copies the inputs. */
    public Checkpoint {
        Objects.requireNonNull(settings, "settings");
        inputs = List.copyOf(inputs);
    }

    /**
     * The progress of one input.
     *
     * @param name the input's file name
     * @param size the input's size in bytes (to notice a changed file)
     * @param pagesDone pages read whose outcome is recorded (segments written or drop counted)
     * @param lastPageId the id of the last page done, 0 if none
     * @param finished whether the input was read to its end (or failed and was skipped)
     */
    public record InputProgress(String name, long size, long pagesDone, long lastPageId, boolean finished) {

        /** Validates the fields. */
        public InputProgress {
            Objects.requireNonNull(name, "name");
        }

        InputProgress page(long id) {
            return new InputProgress(name, size, pagesDone + 1, id, false);
        }

        InputProgress finish() {
            return new InputProgress(name, size, pagesDone, lastPageId, true);
        }
    }
}
