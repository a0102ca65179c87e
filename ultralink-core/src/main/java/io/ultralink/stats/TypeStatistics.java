package io.ultralink.stats;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import java.util.Objects;

/**
 * Counts of one language and data type: dialogues, turns and token totals. Question tokens exclude
 * the document a language-specific first question carries.
 *
 * @param language the language
 * @param type the data type
 * @param dialogues records
 * @param turns question/answer pairs
 * @param questionTokens tokens of all questions
 * @param answerTokens tokens of all answers
 */
public record TypeStatistics(LanguageCode language, DataType type, long dialogues, long turns, long questionTokens,
        long answerTokens) {

    /** Validates. */
    public TypeStatistics {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(type, "type");
    }

    /** @return mean question length per turn */
    public double averageQuestionTokens() {
        return turns == 0 ? 0 : (double) questionTokens / turns;
    }

    /** @return mean answer length per turn */
    public double averageAnswerTokens() {
        return turns == 0 ? 0 : (double) answerTokens / turns;
    }

    /** @return mean question plus answer length per turn */
    public double averageTurnTokens() {
        return turns == 0 ? 0 : (double) (questionTokens + answerTokens) / turns;
    }

    /**
     * @param other counts to add
     * @return the sum, keeping this record's language and type
     */
    public TypeStatistics plus(TypeStatistics other) {
        return new TypeStatistics(language, type, dialogues + other.dialogues, turns + other.turns,
                questionTokens + other.questionTokens, answerTokens + other.answerTokens);
    }
}
