package io.ultralink.text.tokens;

import com.knuddels.jtokkit.api.Encoding;

/**
 * Counts {@code cl100k_base} tokens exactly, faster than jtokkit on ordinary prose: the text is cut into chunks
 * before spaces (see {@link SpaceCuts}); a chunk of the common shape "optional space or mark, letters, optional
 * run of punctuation" ({@code " word,"}) is known to be one or two pre-tokenizer pieces, which are byte-pair
 * encoded here with an allocation-free rank table; runs of other chunks go to jtokkit in one call.
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
     * The count of a chunk made of one letter piece ({@code [^\r\n\p{L}\p{N}]?\p{L}+}, no apostrophe before the
     * letters) and optionally one punctuation piece (characters neither letters, numbers nor whitespace), or -1.
     */
    private static int simpleChunk(String text, int start, int end, BytePairCounter bpe) {
        char first = text.charAt(start);
        int letters = start;
        if (!isLetter(first)) {
            if (first == '\r' || first == '\n' || first == '\'' || isNumeric(first) || Character.isSurrogate(first)
                    || start + 1 >= end || !isLetter(text.charAt(start + 1))) {
                return -1;
            }
            letters = start + 1;
        }
        int pieceEnd = letters + 1;
        while (pieceEnd < end && isLetter(text.charAt(pieceEnd))) {
            pieceEnd++;
        }
        for (int k = pieceEnd; k < end; k++) {
            char c = text.charAt(k);
            if (isLetter(c) || isNumeric(c) || SpaceCuts.mayBeSpace(c) || Character.isSurrogate(c)) {
                return -1;
            }
        }
        int count = bpe.count(text, start, pieceEnd);
        return pieceEnd < end ? count + bpe.count(text, pieceEnd, end) : count;
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
