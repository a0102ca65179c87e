package io.ultralink.translate;

import io.ultralink.tokens.TokenCounter;
import java.util.Objects;

/**
 * The tunables of a {@link VerifiedTranslator}; build with {@link VerifiedTranslator.Builder}.
 *
 * @param maxAttempts model attempts per chunk before the item is rejected ({@code >= 1})
 * @param chunkTokens token budget of one chunk of a long turn ({@code >= 16})
 * @param tokenCounter counts tokens for chunking
 * @param contextPairs how many earlier (source, translation) pairs are sent as context ({@code >= 0})
 * @param minLengthRatio smallest accepted ratio of translated to source UTF-8 bytes
 * @param maxLengthRatio largest accepted ratio of translated to source UTF-8 bytes
 * @param minRatioBytes texts shorter than this (UTF-8 bytes of prose) skip the ratio check
 * @param minLetters texts with fewer letters skip language identification
 * @param retryTemperature sampling temperature of attempts after the first (the first uses 0)
 * @param adequacy the meaning checks run on every chunk of at least {@code minLetters} letters
 * @param judgeAttempts adequacy-judge attempts per chunk before a malformed verdict becomes an error ({@code >= 1})
 * @param forecast treat every check as passed, so that each call a successful run makes is made once (for cost
 *     forecasts against a model that cannot translate); never for real output
 */
public record TranslatorSettings(int maxAttempts, int chunkTokens, TokenCounter tokenCounter, int contextPairs,
        double minLengthRatio, double maxLengthRatio, int minRatioBytes, int minLetters, double retryTemperature,
        AdequacyMode adequacy, int judgeAttempts, boolean forecast) {

    /** Settings without meaning checks (the constructor before they existed). */
    public TranslatorSettings(int maxAttempts, int chunkTokens, TokenCounter tokenCounter, int contextPairs,
            double minLengthRatio, double maxLengthRatio, int minRatioBytes, int minLetters, double retryTemperature) {
        this(maxAttempts, chunkTokens, tokenCounter, contextPairs, minLengthRatio, maxLengthRatio, minRatioBytes,
                minLetters, retryTemperature, AdequacyMode.OFF, 1, false);
    }

    /** Validates ranges, naming the field. */
    public TranslatorSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (chunkTokens < 16) {
            throw new IllegalArgumentException("chunkTokens must be >= 16, was " + chunkTokens);
        }
        Objects.requireNonNull(tokenCounter, "tokenCounter");
        if (contextPairs < 0) {
            throw new IllegalArgumentException("contextPairs must be >= 0, was " + contextPairs);
        }
        if (!(minLengthRatio > 0 && minLengthRatio < maxLengthRatio)) {
            throw new IllegalArgumentException("need 0 < minLengthRatio < maxLengthRatio, was " + minLengthRatio
                    + ", " + maxLengthRatio);
        }
        Objects.requireNonNull(adequacy, "adequacy");
        if (judgeAttempts < 1) {
            throw new IllegalArgumentException("judgeAttempts must be >= 1, was " + judgeAttempts);
        }
        if (retryTemperature < 0 || retryTemperature > 2) {
            throw new IllegalArgumentException("retryTemperature must be in [0, 2], was " + retryTemperature);
        }
    }

    /**
     * A token estimate for when no tokenizer is configured: one token per four UTF-8 bytes, rounded
     * up (close to {@code cl100k_base} on English, generous elsewhere).
     */
    public static TokenCounter estimatingCounter() {
        return new TokenCounter() {
            @Override
            public int countTokens(String text) {
                return (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 3) / 4;
            }

            @Override
            public String encodingName() {
                return "utf8-bytes/4";
            }
        };
    }
}
