package io.ultralink.tokens;

/**
 * Counts tokens under one tokenizer encoding. Implemented in {@code ultralink-text} with jtokkit
 * ({@code cl100k_base} by default, as the paper's tiktoken; {@code o200k_base}); document and segment
 * bounds, quality gates and statistics all count with it. Thread-safe.
 */
public interface TokenCounter {

    /** The number of tokens of {@code text}. */
    int countTokens(String text);

    /** The encoding's name ({@code cl100k_base}). */
    String encodingName();
}
