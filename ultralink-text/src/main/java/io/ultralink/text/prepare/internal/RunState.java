package io.ultralink.text.prepare.internal;

import io.ultralink.text.prepare.FailedInput;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.prepare.internal.Checkpoint.InputProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress of a run: records outcomes through the {@link Tally}, advances each input's progress, and
 * saves a checkpoint every {@code every} pages and when an input ends. Used by one thread.
 */
public final class RunState {

    private final CheckpointStore store;
    private final Tally tally;
    private final List<Path> inputs;
    private final Path output;
    private final String encoding;
    private final int every;
    private final long startNanos = System.nanoTime();
    private final long elapsedBefore;
    private final List<InputProgress> progress;
    private Checkpoint checkpoint;
    private int unsaved;

    /** Continues from {@code checkpoint}, whose counts the tally already holds. */
    public RunState(CheckpointStore store, Checkpoint checkpoint, Tally tally, List<Path> inputs, Path output,
            String encoding, int every) {
        this.store = store;
        this.checkpoint = checkpoint;
        this.tally = tally;
        this.inputs = inputs;
        this.output = output;
        this.encoding = encoding;
        this.every = every;
        this.elapsedBefore = checkpoint.elapsedMillis();
        this.progress = new ArrayList<>(checkpoint.inputs());
    }

    /** The progress of input {@code index}. */
    public InputProgress progress(int index) {
        return progress.get(index);
    }

    /** Records the outcome of the next page of input {@code index}. */
    public void record(int index, Outcome outcome) {
        tally.record(outcome);
        progress.set(index, progress(index).page(outcome.pageId()));
        if (++unsaved >= every) {
            save();
        }
    }

    /** Notes that input {@code index} is read again: a failure an earlier run recorded for it no longer stands. */
    public void retry(int index) {
        tally.retry(inputs.get(index).toString());
    }

    /** Records in the report that input {@code index} failed part way, for {@code reason}. */
    public void failed(int index, String reason) {
        tally.failed(new FailedInput(inputs.get(index).toString(), reason, progress(index).pagesDone()));
    }

    /** Marks input {@code index} as done and saves. */
    public void finish(int index) {
        progress.set(index, progress(index).finish());
        save();
    }

    /** Saves a checkpoint of everything recorded so far. */
    public void save() {
        checkpoint = store.save(new Checkpoint(checkpoint.version(), checkpoint.settings(), progress,
                store.segmentsLength(), elapsedMillis(), report()));
        unsaved = 0;
    }

    /** The report of everything recorded so far, over every run. */
    public PreparationReport report() {
        return tally.report(inputs, output, encoding, elapsedMillis());
    }

    private long elapsedMillis() {
        return elapsedBefore + (System.nanoTime() - startNanos) / 1_000_000;
    }
}
