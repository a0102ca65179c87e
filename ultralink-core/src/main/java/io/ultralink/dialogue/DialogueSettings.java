package io.ultralink.dialogue;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How dialogues are generated: prompt layout, ending schedule, quality-gate minimums, regeneration
 * budget and sampling limits. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * @param layout the prompt layout (default {@link PromptLayout#CACHE_FRIENDLY})
 * @param schedule when dialogues end (default {@link EndingSchedule#DEFAULT})
 * @param minQuestionTokens a shorter question is rejected (default 4)
 * @param minAnswerTokens a shorter answer is rejected (default 10)
 * @param maxQuestionAttempts attempts per question before the dialogue ends, {@code >= 1} (default 3)
 * @param maxQuestionTokens completion limit of question calls (default 512)
 * @param maxAnswerTokens completion limit of answer calls (default 2048)
 * @param temperature sampling temperature, unset to use the backend's default
 * @param groundednessJudge ask an LLM judge whether each answer is supported by the segment (default off; on in
 *     {@link #strict()}); one extra call per answer
 * @param repetitionGates reject answers that repeat their question and follow-ups that repeat an earlier
 *     question (default on; dry-run forecasts turn it off, their echoed answers repeat by design)
 */
public record DialogueSettings(PromptLayout layout, EndingSchedule schedule, int minQuestionTokens,
        int minAnswerTokens, int maxQuestionAttempts, int maxQuestionTokens, int maxAnswerTokens,
        OptionalDouble temperature, boolean groundednessJudge, boolean repetitionGates) {

    /** Settings without the groundedness judge (the constructor before it existed). */
    public DialogueSettings(PromptLayout layout, EndingSchedule schedule, int minQuestionTokens, int minAnswerTokens,
            int maxQuestionAttempts, int maxQuestionTokens, int maxAnswerTokens, OptionalDouble temperature) {
        this(layout, schedule, minQuestionTokens, minAnswerTokens, maxQuestionAttempts, maxQuestionTokens,
                maxAnswerTokens, temperature, false, true);
    }

    /** Validates every field. */
    public DialogueSettings {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(temperature, "temperature");
        positive(minQuestionTokens, "minQuestionTokens");
        positive(minAnswerTokens, "minAnswerTokens");
        positive(maxQuestionAttempts, "maxQuestionAttempts");
        positive(maxQuestionTokens, "maxQuestionTokens");
        positive(maxAnswerTokens, "maxAnswerTokens");
    }

    /** The defaults listed on the fields. */
    public static DialogueSettings defaults() {
        return builder().build();
    }

    /** The strict preset: the defaults with the groundedness judge on. */
    public static DialogueSettings strict() {
        return builder().groundednessJudge(true).build();
    }

    /** These settings with another layout. */
    public DialogueSettings withLayout(PromptLayout value) {
        return new DialogueSettings(value, schedule, minQuestionTokens, minAnswerTokens, maxQuestionAttempts,
                maxQuestionTokens, maxAnswerTokens, temperature, groundednessJudge, repetitionGates);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    private static void positive(int value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1, was " + value);
        }
    }

    /** Builds {@link DialogueSettings}. */
    public static final class Builder {
        private PromptLayout layout = PromptLayout.CACHE_FRIENDLY;
        private EndingSchedule schedule = EndingSchedule.DEFAULT;
        private int minQuestionTokens = 4;
        private int minAnswerTokens = 10;
        private int maxQuestionAttempts = 3;
        private int maxQuestionTokens = 512;
        private int maxAnswerTokens = 2048;
        private OptionalDouble temperature = OptionalDouble.empty();
        private boolean groundednessJudge;
        private boolean repetitionGates = true;

        private Builder() {
        }

        /** The prompt layout. */
        public Builder layout(PromptLayout value) {
            layout = value;
            return this;
        }

        /** The ending schedule. */
        public Builder schedule(EndingSchedule value) {
            schedule = value;
            return this;
        }

        /** Minimum tokens of a question. */
        public Builder minQuestionTokens(int value) {
            minQuestionTokens = value;
            return this;
        }

        /** Minimum tokens of an answer. */
        public Builder minAnswerTokens(int value) {
            minAnswerTokens = value;
            return this;
        }

        /** Attempts per question before the dialogue ends. */
        public Builder maxQuestionAttempts(int value) {
            maxQuestionAttempts = value;
            return this;
        }

        /** Completion token limit of question calls. */
        public Builder maxQuestionTokens(int value) {
            maxQuestionTokens = value;
            return this;
        }

        /** Completion token limit of answer calls. */
        public Builder maxAnswerTokens(int value) {
            maxAnswerTokens = value;
            return this;
        }

        /** Sampling temperature in [0, 2]. */
        public Builder temperature(double value) {
            temperature = OptionalDouble.of(value);
            return this;
        }

        /** Whether an LLM judge checks that each answer is supported by the segment. */
        public Builder groundednessJudge(boolean value) {
            groundednessJudge = value;
            return this;
        }

        /** Whether answers repeating their question and repeated follow-ups are rejected (default true). */
        public Builder repetitionGates(boolean value) {
            repetitionGates = value;
            return this;
        }

        /** Validates and builds. */
        public DialogueSettings build() {
            return new DialogueSettings(layout, schedule, minQuestionTokens, minAnswerTokens, maxQuestionAttempts,
                    maxQuestionTokens, maxAnswerTokens, temperature, groundednessJudge, repetitionGates);
        }
    }
}
