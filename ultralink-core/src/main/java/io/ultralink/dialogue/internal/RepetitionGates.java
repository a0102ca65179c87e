package io.ultralink.dialogue.internal;

import io.ultralink.dialogue.Rejection;
import io.ultralink.internal.TextShingles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gates against non-answers and loops, on character 3-grams of normalised text (so they work for spaced
 * and unspaced scripts alike): an answer most of whose 3-grams are the question's repeats it, and a
 * follow-up question whose 3-gram Jaccard similarity to an earlier question is high repeats that one.
 * Thread-safe. Not API.
 *
 * @param maxAnswerContainment an answer is rejected when more than this share of its 3-grams are in the question
 * @param maxQuestionSimilarity a question is rejected when its Jaccard similarity to an earlier one exceeds this
 */
public record RepetitionGates(double maxAnswerContainment, double maxQuestionSimilarity) {

    /** The defaults: 0.7 and 0.6 (see {@code QualityGatesTest} for the pairs they are tested on). */
    public static final RepetitionGates DEFAULT = new RepetitionGates(0.7, 0.6);

    private static final int N = 3;

    /** Validates the thresholds. */
    public RepetitionGates {
        if (!(maxAnswerContainment > 0 && maxAnswerContainment <= 1)) {
            throw new IllegalArgumentException("maxAnswerContainment must be in (0, 1], was " + maxAnswerContainment);
        }
        if (!(maxQuestionSimilarity > 0 && maxQuestionSimilarity <= 1)) {
            throw new IllegalArgumentException("maxQuestionSimilarity must be in (0, 1], was " + maxQuestionSimilarity);
        }
    }

    /** Why {@code answer} is a repetition of {@code question}, or empty. */
    public Optional<Rejection> answer(String question, String answer, int turn) {
        Set<String> a = TextShingles.of(answer, N);
        double share = TextShingles.containment(a, TextShingles.of(question, N));
        if (share > maxAnswerContainment) {
            return Optional.of(new Rejection(Rejection.Reason.ANSWER_REPEATS_QUESTION, turn, String.format(Locale.ROOT,
                    "%.0f%% of the answer's character 3-grams are the question's (max %.0f%%)", 100 * share,
                    100 * maxAnswerContainment)));
        }
        return Optional.empty();
    }

    /** Why {@code question} repeats one of {@code earlier}, or empty. */
    public Optional<Rejection> question(String question, List<String> earlier, int turn) {
        Set<String> q = TextShingles.of(question, N);
        for (int i = 0; i < earlier.size(); i++) {
            double similarity = TextShingles.jaccard(q, TextShingles.of(earlier.get(i), N));
            if (similarity > maxQuestionSimilarity) {
                return Optional.of(new Rejection(Rejection.Reason.REPEATED_QUESTION, turn, String.format(Locale.ROOT,
                        "3-gram Jaccard %.2f with question %d (max %.2f)", similarity, i + 1, maxQuestionSimilarity)));
            }
        }
        return Optional.empty();
    }
}
