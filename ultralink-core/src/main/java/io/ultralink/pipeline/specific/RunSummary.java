package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueResult;
import io.ultralink.dialogue.Rejection;
import io.ultralink.llm.TokenUsage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link LanguageSpecificPipeline#run} did.
 *
 * @param segments segment lines read
 * @param dialogues dialogues written in this run
 * @param noDialogue segments whose first turn failed the gates (final: not retried)
 * @param alreadyDone segments skipped because an earlier run finished them
 * @param skippedFailed segments skipped because an earlier run failed them and retrying was not asked
 * @param duplicateInput segment lines skipped because their id appeared earlier in the input
 * @param failed segments that failed in this run, by reason (exception type)
 * @param turns question/answer pairs written
 * @param questionTokens tokens of all written questions, the document and its prefix excluded (Table 1)
 * @param answerTokens tokens of all written answers
 * @param rejections gate rejections by reason, regenerated questions included
 * @param endings how the generated dialogues ended
 * @param usage tokens spent on model calls in this run
 * @param rerun segments finished by an earlier run under another fingerprint and generated again
 *     ({@link io.ultralink.run.ResumeMode#RERUN_CHANGED})
 * @param secondPass segments that failed and were tried once more at the end of the run
 * @param recovered segments of the second pass that succeeded (the others are in {@code failed})
 */
public record RunSummary(long segments, long dialogues, long noDialogue, long alreadyDone, long skippedFailed,
        long duplicateInput, Map<String, Long> failed, long turns, long questionTokens, long answerTokens,
        Map<Rejection.Reason, Long> rejections, Map<DialogueResult.Ending, Long> endings, TokenUsage usage,
        long rerun, long secondPass, long recovered) {

    /** Copies the maps. */
    public RunSummary {
        Map.copyOf(Objects.requireNonNull(failed, "failed")); // no null keys or values
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        Map.copyOf(Objects.requireNonNull(rejections, "rejections")); // no null keys or values
        rejections = Collections.unmodifiableMap(new LinkedHashMap<>(rejections));
        Map.copyOf(Objects.requireNonNull(endings, "endings")); // no null keys or values
        endings = Collections.unmodifiableMap(new LinkedHashMap<>(endings));
        Objects.requireNonNull(usage, "usage");
    }

    /** Segments that failed in this run. */
    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Average question tokens per turn (0 without turns). */
    public double averageQuestionTokens() {
        return turns == 0 ? 0 : (double) questionTokens / turns;
    }

    /** Average answer tokens per turn (0 without turns). */
    public double averageAnswerTokens() {
        return turns == 0 ? 0 : (double) answerTokens / turns;
    }

    /** Average question plus answer tokens per turn (0 without turns). */
    public double averageTurnTokens() {
        return turns == 0 ? 0 : (double) (questionTokens + answerTokens) / turns;
    }

    /** Average turns per dialogue (0 without dialogues). */
    public double averageTurns() {
        return dialogues == 0 ? 0 : (double) turns / dialogues;
    }
}
