package io.ultralink.text.sentence;

import io.ultralink.model.LanguageCode;
import io.ultralink.text.sentence.internal.RuleBasedSentenceSplitter;
import io.ultralink.text.sentence.internal.SentenceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into consecutive sentences that cover it exactly: concatenating {@link #split(String)} gives the
 * input back. A line break always ends a sentence (it is a paragraph end in cleaned wikitext). Whitespace other
 * than line breaks after a terminator starts the next sentence, so that the pieces tokenize as the whole does.
 */
public interface SentenceSplitter {

    /**
     * Returns the end offsets of the sentences of {@code text}, strictly increasing, the last equal to
     * {@code text.length()}; empty for empty text.
     */
    int[] sentenceEnds(String text);

    /** Returns the sentences of {@code text}; their concatenation equals {@code text}. */
    default List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        int[] ends = sentenceEnds(text);
        List<String> out = new ArrayList<>(ends.length);
        int start = 0;
        for (int end : ends) {
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    /**
     * Returns the splitter for a language: Chinese and Japanese use the CJK terminators {@code 。！？；…} as well as
     * Western punctuation; other languages use {@code . ! ?} with that language's abbreviations, decimals and
     * initials kept inside sentences. Unknown languages get the English rules.
     */
    static SentenceSplitter forLanguage(LanguageCode language) {
        Objects.requireNonNull(language, "language");
        return new RuleBasedSentenceSplitter(SentenceRules.forLanguage(language));
    }
}
