package io.ultralink.pipeline.specific;

import io.ultralink.llm.TokenUsage;

/**
 * A progress report, sent after each segment a run processes.
 *
 * @param processed segments generated in this run (dialogue, no dialogue or failure)
 * @param skipped segments skipped so far (done or failed earlier, repeated in the input)
 * @param total segment lines in the input; {@code total - processed - skipped} remain at most
 * @param dialogues dialogues written in this run
 * @param failed failures in this run
 * @param perSecond processed segments per second since the run started
 * @param usage tokens spent so far in this run
 */
public record Progress(long processed, long skipped, long total, long dialogues, long failed, double perSecond,
        TokenUsage usage) {

    /** Receives progress reports; called from worker threads, one report at a time. */
    @FunctionalInterface
    public interface Listener {
        /** Called after each processed segment. */
        void onProgress(Progress progress);
    }
}
