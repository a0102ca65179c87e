package io.ultralink.tokens;

/** A token counter for tests: one token per whitespace-separated word, easy to count by hand. */
public final class WordTokenCounter implements TokenCounter {

    /** The shared instance. */
    public static final WordTokenCounter INSTANCE = new WordTokenCounter();

    private WordTokenCounter() {
    }

    @Override
    public int countTokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    @Override
    public String encodingName() {
        return "words";
    }
}
