package io.ultralink.translate;

import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A translation and the evidence that it is sound.
 *
 * @param sourceId the id of the source conversation
 * @param target the target language
 * @param translation the translated conversation; present only when every check passed
 * @param checks every verification that ran, in order, with its outcome
 * @param attempts model attempts used (retries after failed checks included)
 * @param usage tokens spent
 * @param scores the meaning scores: {@value #CHRF} (0-100), {@value #ADEQUACY} and {@value #FLUENCY} (1-5), the
 *     lowest over the accepted chunks, or those of the rejected chunk; empty when no meaning check ran
 */
public record TranslationResult(String sourceId, LanguageCode target, Optional<Conversation> translation,
        List<CheckResult> checks, int attempts, TokenUsage usage, Map<String, Double> scores) {

    /** Score key: chrF of the back-translation against the source. */
    public static final String CHRF = "chrf";
    /** Score key: the judge's adequacy. */
    public static final String ADEQUACY = "adequacy";
    /** Score key: the judge's fluency. */
    public static final String FLUENCY = "fluency";

    /** A result without meaning scores. */
    public TranslationResult(String sourceId, LanguageCode target, Optional<Conversation> translation,
            List<CheckResult> checks, int attempts, TokenUsage usage) {
        this(sourceId, target, translation, checks, attempts, usage, Map.of());
    }

    /** Validates that a translation is present exactly when every check passed. */
    public TranslationResult {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(translation, "translation");
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        Objects.requireNonNull(usage, "usage");
        Map.copyOf(Objects.requireNonNull(scores, "scores")); // no null keys or values
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        boolean allPassed = checks.stream().allMatch(CheckResult::passed);
        if (translation.isPresent() && !allPassed) {
            throw new IllegalArgumentException("a translation with failed checks must not be returned");
        }
        if (translation.isEmpty() && allPassed) {
            throw new IllegalArgumentException("a rejected translation must name the failed check");
        }
    }

    /** Whether the translation was accepted. */
    public boolean accepted() {
        return translation.isPresent();
    }

    /** The checks that failed (empty when accepted). */
    public List<CheckResult> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** Whether {@code check} ran and passed. */
    public boolean verified(Check check) {
        return checks.stream().anyMatch(c -> c.check() == check && c.passed());
    }
}
