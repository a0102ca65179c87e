package io.ultralink.llm.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a wave of a {@link WaveChatModel} stands, reported as it is submitted, polled and collected.
 *
 * @param wave the wave's number, from 1
 * @param calls model calls waiting on the wave
 * @param submitted requests sent to the provider for this wave (0 when the wave only polls batches
 *     submitted before a restart, or replays answers collected before it)
 * @param completed requests of the wave's batches with an outcome so far
 * @param age time since the wave's oldest batch was submitted (or polling started)
 * @param state the provider's state of the batch polled last, or {@code replayed}
 */
public record WaveProgress(long wave, int calls, int submitted, int completed, Duration age, String state) {

    /** Validates the fields. */
    public WaveProgress {
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(state, "state");
    }

    /** Receives progress of every wave. */
    @FunctionalInterface
    public interface Listener {
        /** Called on the wave thread; must return quickly. */
        void onProgress(WaveProgress progress);
    }
}
