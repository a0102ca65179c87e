package io.ultralink.text.tokens;

import com.knuddels.jtokkit.api.Encoding;

/**
 * Counts {@code cl100k_base} tokens exactly, faster than jtokkit on ordinary prose: the text is cut into chunks
 * before spaces (see {@link SpaceCuts}); the pre-tokenizer pieces of most chunks ({@code " word,"},
 * {@code " (1990)."}) follow from a few rules and are byte-pair encoded here with an allocation-free rank table;
 * runs of other chunks go to jtokkit in one call.
 */
final class Cl100kChunkCounter {

    /** Longest chunk handled here; longer ones go to jtokkit. */
    private static final int MAX_CHUNK = 64;

    private static final ThreadLocal<BytePairCounter> COUNTERS = new ThreadLocal<>();

    private final RankTable ranks;
    private final Encoding encoding;

    Cl100kChunkCounter(RankTable ranks, Encoding encoding) {
        this.ranks = ranks;
        this.encoding = encoding;
    }

    /** The number of tokens of {@code text[from, to)}. */
    int count(String text, int from, int to) {
        BytePairCounter bpe = COUNTERS.get();
        if (bpe == null || bpe.ranks() != ranks) {
            bpe = new BytePairCounter(ranks, 3 * MAX_CHUNK);
            COUNTERS.set(bpe);
        }
        int total = 0;
        int pending = -1;
        int start = from;
        while (start < to) {
            int end = SpaceCuts.chunkEnd(text, start, to);
            int count = end - start <= MAX_CHUNK ? simpleChunk(text, start, end, bpe) : -1;
            if (count < 0) {
                if (pending < 0) {
                    pending = start;
                }
            } else {
                if (pending >= 0) {
                    total += encoding.countTokensOrdinary(text.substring(pending, start));
                    pending = -1;
                }
                total += count;
            }
            start = end;
        }
        if (pending >= 0) {
            total += encoding.countTokensOrdinary(text.substring(pending, to));
        }
        return total;
    }

    /**
     * The count of a chunk whose {@code cl100k_base} pieces follow from a few rules, or -1 (apostrophes, whitespace
     * other than one leading space or trailing line breaks, surrogates and controls are left to jtokkit). The rules
     * are the pre-tokenizer's alternatives: letters with at most one leading non-letter, non-digit character
     * ({@code [^\r\n\p{L}\p{N}]?+\p{L}+}); up to three digits; a run of other characters with an optional
     * leading space and trailing line breaks; a lone space; a run of line breaks.
     */
    private static int simpleChunk(String text, int start, int end, BytePairCounter bpe) {
        int total = 0;
        int p = start;
        while (p < end) {
            char c = text.charAt(p);
            int q;
            if (isLetter(c)) {
                q = letters(text, p + 1, end);
            } else if (isNumeric(c)) {
                q = p + 1;
                while (q < end && q < p + 3 && isNumeric(text.charAt(q))) {
                    q++;
                }
            } else if (c == '\r' || c == '\n') {
                q = p + 1;
                while (q < end && (text.charAt(q) == '\r' || text.charAt(q) == '\n')) {
                    q++;
                }
            } else if (c == ' ' && p == start || isOther(c) && c != '\'') {
                char next = p + 1 < end ? text.charAt(p + 1) : '\n';
                if (p + 1 < end && isLetter(next)) {
                    q = letters(text, p + 2, end);
                } else if (c != ' ' || p + 1 < end && isOther(next)) {
                    q = others(text, p + 1, end);
                } else if (p + 1 == end || isNumeric(next)) {
                    q = p + 1;
                } else {
                    return -1;
                }
            } else {
                return -1;
            }
            total += bpe.count(text, p, q);
            p = q;
        }
        return total;
    }

    private static int letters(String text, int from, int end) {
        int q = from;
        while (q < end && isLetter(text.charAt(q))) {
            q++;
        }
        return q;
    }

    /** Past a run of {@link #isOther} characters from {@code from}, then past line breaks. */
    private static int others(String text, int from, int end) {
        int q = from;
        while (q < end && isOther(text.charAt(q))) {
            q++;
        }
        while (q < end && (text.charAt(q) == '\r' || text.charAt(q) == '\n')) {
            q++;
        }
        return q;
    }

    /** Neither letter, number, whitespace (nor control) nor surrogate: {@code [^\s\p{L}\p{N}]} in this chunk. */
    private static boolean isOther(char c) {
        return !isLetter(c) && !isNumeric(c) && !SpaceCuts.mayBeSpace(c) && !Character.isSurrogate(c);
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isNumeric(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
