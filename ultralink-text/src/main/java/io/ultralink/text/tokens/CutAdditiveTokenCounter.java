package io.ultralink.text.tokens;

import io.ultralink.tokens.TokenCounter;

/**
 * A {@link TokenCounter} that may declare its counts additive over cuts placed just before a space: for every text
 * {@code a + b} where {@code a} ends with a character that is not whitespace and {@code b} starts with a space
 * (U+0020), {@code count(a + b) == count(a) + count(b)}. GPT-style pre-tokenizers ({@code cl100k_base},
 * {@code o200k_base}) have this property: none of their pieces runs from a non-space character into a following
 * space, and a byte-pair encoder never merges across pieces. A text can then be counted in chunks cut there, and
 * a document's count is the sum of its sentences' counts where they are cut there.
 */
public interface CutAdditiveTokenCounter extends TokenCounter {

    /** Whether this counter's counts are additive over cuts just before a space that follows a non-space. */
    boolean additiveBeforeSpaces();

    /**
     * The number of tokens of {@code text.substring(from, to)}; implementations count it without taking the
     * substring.
     *
     * @throws IndexOutOfBoundsException if the range is not inside the text
     */
    default int countTokens(String text, int from, int to) {
        return countTokens(text.substring(from, to));
    }
}
