package io.ultralink.text.segment.internal;

import io.ultralink.text.sentence.SentenceSplitter;
import io.ultralink.text.tokens.CutAdditiveTokenCounter;
import io.ultralink.tokens.TokenCounter;

/**
 * Cuts a text into sentence units of at most {@code maxUnitTokens} tokens each. A longer sentence is cut at
 * clause boundaries, a clause still too long at word boundaries, and a word still too long into runs of
 * characters; each such sentence counts as one forced split.
 */
public final class UnitSplitter {

    private final TokenCounter counter;
    private final CutAdditiveTokenCounter rangeCounter;
    private final int maxUnitTokens;

    /** Creates a splitter whose units have at most {@code maxUnitTokens} tokens. */
    public UnitSplitter(TokenCounter counter, int maxUnitTokens) {
        this.counter = counter;
        this.rangeCounter = counter instanceof CutAdditiveTokenCounter c ? c : null;
        this.maxUnitTokens = maxUnitTokens;
    }

    /** The token count of {@code text[from, to)}, without a substring where the counter counts ranges. */
    private int count(String text, int from, int to) {
        return rangeCounter != null ? rangeCounter.countTokens(text, from, to)
                : counter.countTokens(text.substring(from, to));
    }

    /**
     * Splits {@code text} into units with the sentence splitter given, stopping early once the units counted
     * so far exceed {@code stopAbove} tokens (the text is then known to be too long).
     */
    public Units split(String text, SentenceSplitter sentences, long stopAbove) {
        Units units = new Units();
        int start = 0;
        for (int end : sentences.sentenceEnds(text)) {
            if (units.totalTokens() > stopAbove) {
                break;
            }
            int tokens = count(text, start, end);
            if (tokens <= maxUnitTokens) {
                units.add(end, tokens, isAdditiveCut(text, end));
            } else {
                units.countForcedSplit();
                splitAt(text, start, end, Level.CLAUSE, units);
            }
            start = end;
        }
        return units;
    }

    private enum Level { CLAUSE, WORD, CHARS }

    private void splitAt(String text, int start, int end, Level level, Units units) {
        if (level == Level.CHARS) {
            splitChars(text, start, end, units);
            return;
        }
        Level next = level == Level.CLAUSE ? Level.WORD : Level.CHARS;
        int pieceStart = start;
        for (int i = start + 1; i <= end; i++) {
            boolean cut = i == end || (level == Level.CLAUSE ? isClauseCut(text, i) : isWordCut(text, i));
            if (!cut) {
                continue;
            }
            int tokens = count(text, pieceStart, i);
            if (tokens <= maxUnitTokens) {
                units.add(i, tokens, isAdditiveCut(text, i));
            } else {
                splitAt(text, pieceStart, i, next, units);
            }
            pieceStart = i;
        }
    }

    private void splitChars(String text, int start, int end, Units units) {
        int step = Math.max(1, maxUnitTokens / 4);
        int s = start;
        while (s < end) {
            int e = Math.min(end, s + step);
            if (e < end && Character.isHighSurrogate(text.charAt(e - 1))) {
                e++;
            }
            units.add(e, count(text, s, e), isAdditiveCut(text, e));
            s = e;
        }
    }

    /**
     * Whether cutting at {@code i} keeps the pieces of a GPT-style pre-tokenizer: a cut just before whitespace
     * that follows a non-space, or just after a line break before a non-space, or at either end.
     */
    static boolean isAdditiveCut(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (Character.isWhitespace(at)) {
            return !Character.isWhitespace(before);
        }
        return before == '\n';
    }

    /** A clause ends after a clause mark; space after a Western mark goes to the next clause. */
    private static boolean isClauseCut(String text, int i) {
        char prev = text.charAt(i - 1);
        char cur = text.charAt(i);
        if ("，、；：".indexOf(prev) >= 0) {
            return true;
        }
        return ",;:)—–".indexOf(prev) >= 0 && Character.isWhitespace(cur);
    }

    /** A word starts at whitespace that follows a non-space. */
    private static boolean isWordCut(String text, int i) {
        return Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1));
    }
}
