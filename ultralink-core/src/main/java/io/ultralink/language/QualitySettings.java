package io.ultralink.language;

import java.util.Optional;

/**
 * A pack's thresholds and judge prompts for checking meaning, not only structure: how close a
 * translation's back-translation must stay to the source (chrF, 0-100), the lowest adequacy and
 * fluency an LLM judge may give (1-5), and the judges' instructions written in the pack's language.
 * Every field is optional in a pack file ({@code quality:} block); absent ones take the defaults
 * below or, for prompts, those of the built-in pack.
 *
 * @param minChrF smallest accepted chrF of the back-translation against the source, in [0, 100]
 * @param minAdequacy smallest accepted adequacy verdict, in [1, 5]
 * @param minFluency smallest accepted fluency verdict, in [1, 5]
 * @param adequacyJudge instructions of the translation judge, or {@code null} for the built-in ones
 * @param groundednessJudge instructions of the dialogue groundedness judge, or {@code null}
 */
public record QualitySettings(double minChrF, int minAdequacy, int minFluency, String adequacyJudge,
        String groundednessJudge) {

    /** Default chrF minimum (see the pack files and the labelled set in the tests for its justification). */
    public static final double DEFAULT_MIN_CHRF = 50;
    /** Default adequacy minimum: 4 ("a small nuance is lost") still passes, 3 ("a noticeable part is missing") does not. */
    public static final int DEFAULT_MIN_ADEQUACY = 4;
    /** Default fluency minimum. */
    public static final int DEFAULT_MIN_FLUENCY = 4;
    /** The defaults, without prompts. */
    public static final QualitySettings DEFAULTS = new QualitySettings(DEFAULT_MIN_CHRF, DEFAULT_MIN_ADEQUACY,
            DEFAULT_MIN_FLUENCY, null, null);

    /** Validates the ranges, naming the field. */
    public QualitySettings {
        if (!(minChrF >= 0 && minChrF <= 100)) {
            throw new IllegalArgumentException("quality.minChrF must be in [0, 100], was " + minChrF);
        }
        if (minAdequacy < 1 || minAdequacy > 5) {
            throw new IllegalArgumentException("quality.minAdequacy must be in [1, 5], was " + minAdequacy);
        }
        if (minFluency < 1 || minFluency > 5) {
            throw new IllegalArgumentException("quality.minFluency must be in [1, 5], was " + minFluency);
        }
    }

    /** The translation judge's instructions, if the pack has them. */
    public Optional<String> adequacyJudgePrompt() {
        return Optional.ofNullable(adequacyJudge).filter(s -> !s.isBlank());
    }

    /** The groundedness judge's instructions, if the pack has them. */
    public Optional<String> groundednessJudgePrompt() {
        return Optional.ofNullable(groundednessJudge).filter(s -> !s.isBlank());
    }
}
