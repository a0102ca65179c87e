package io.ultralink.pipeline.specific.internal;

import io.ultralink.dialogue.DialogueResult;
import io.ultralink.dialogue.Rejection;
import io.ultralink.llm.TokenUsage;
import io.ultralink.pipeline.specific.Progress;
import io.ultralink.pipeline.specific.RunSummary;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Thread-safe counters of one run, turned into progress reports and the summary. Not API. */
public final class RunCounters {

    private final long startNanos = System.nanoTime();
    private final long total;
    private long segments;
    private long dialogues;
    private long noDialogue;
    private long alreadyDone;
    private long skippedFailed;
    private long duplicateInput;
    private long rerun;
    private long secondPass;
    private long recovered;
    private final Map<String, Long> failed = new TreeMap<>();
    private long turns;
    private long questionTokens;
    private long answerTokens;
    private final Map<Rejection.Reason, Long> rejections = new EnumMap<>(Rejection.Reason.class);
    private final Map<DialogueResult.Ending, Long> endings = new EnumMap<>(DialogueResult.Ending.class);
    private TokenUsage usage = TokenUsage.ZERO;

    /** Counters for an input of {@code total} segment lines. */
    public RunCounters(long total) {
        this.total = total;
    }

    /** A segment line was read. */
    public synchronized void read() {
        segments++;
    }

    /** A segment was skipped as done by an earlier run. */
    public synchronized void alreadyDone() {
        alreadyDone++;
    }

    /** A segment was skipped as failed earlier. */
    public synchronized void skippedFailed() {
        skippedFailed++;
    }

    /** A segment finished under another fingerprint is generated again. */
    public synchronized void rerun() {
        rerun++;
    }

    /** A segment that failed is tried once more at the end of the run. */
    public synchronized void secondPass() {
        secondPass++;
    }

    /** A segment tried again at the end of the run succeeded. */
    public synchronized void recovered() {
        recovered++;
    }

    /** A segment id repeated in the input was skipped. */
    public synchronized void duplicate() {
        duplicateInput++;
    }

    /** A generation finished; {@code questionTok}/{@code answerTok} count the written turns. */
    public synchronized Progress generated(DialogueResult result, long questionTok, long answerTok) {
        result.rejections().forEach(r -> rejections.merge(r.reason(), 1L, Long::sum));
        endings.merge(result.ending(), 1L, Long::sum);
        usage = usage.plus(result.usage());
        if (result.dialogue().isPresent()) {
            dialogues++;
            turns += result.dialogue().get().turns().size();
            questionTokens += questionTok;
            answerTokens += answerTok;
        } else {
            noDialogue++;
        }
        return progress();
    }

    /** A generation failed for {@code reason}. */
    public synchronized Progress failed(String reason) {
        failed.merge(reason, 1L, Long::sum);
        return progress();
    }

    private Progress progress() {
        long processed = dialogues + noDialogue + failed.values().stream().mapToLong(Long::longValue).sum();
        double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        return new Progress(processed, alreadyDone + skippedFailed + duplicateInput, total, dialogues,
                processed - dialogues - noDialogue, processed / seconds, usage);
    }

    /** The summary so far. */
    public synchronized RunSummary summary() {
        return new RunSummary(segments, dialogues, noDialogue, alreadyDone, skippedFailed, duplicateInput, failed,
                turns, questionTokens, answerTokens, rejections, endings, usage, rerun, secondPass, recovered);
    }
}
