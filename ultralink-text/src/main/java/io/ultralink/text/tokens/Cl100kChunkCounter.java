package io.ultralink.text.tokens;

import com.knuddels.jtokkit.api.Encoding;

/**
 * Counts {@code cl100k_base} tokens exactly, faster than jtokkit on ordinary prose: the text is cut into chunks
 * before spaces (see {@link SpaceCuts}); the pre-tokenizer pieces of most chunks ({@code " word,"},
 * {@code " (1990)."}) follow from a few rules and are byte-pair encoded here with an allocation-free rank table,
 * short ones looked up first in a per-thread {@link ChunkCountCache}; runs of other chunks go to jtokkit in one call.
 */
final class Cl100kChunkCounter {

    /** U+017F, which case-insensitive matching folds to {@code s}. */
    private static final char LONG_S = '\u017f';

    /** Longest pre-tokenizer piece encoded here; a chunk with a longer one goes to jtokkit. */
    private static final int MAX_PIECE = 64;

    /** Largest copy buffer kept between calls; longer ranges get a buffer of their own. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;
    private static final int CACHE_BITS = 15;

    /** Per-thread state, about 1.3 MB: the byte-pair encoder, the chunk cache and the copy buffer. */
    private static final class Scratch {
        final BytePairCounter bpe;
        final ChunkCountCache cache = new ChunkCountCache(CACHE_BITS);
        char[] chars = new char[1024];

        Scratch(RankTable ranks) {
            this.bpe = new BytePairCounter(ranks, 3 * MAX_PIECE);
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    private final RankTable ranks;
    private final Encoding encoding;

    Cl100kChunkCounter(RankTable ranks, Encoding encoding) {
        this.ranks = ranks;
        this.encoding = encoding;
    }

    /**
     * The number of tokens of {@code text[from, to)}. The range is copied into a per-thread array first, so that
     * the scan below sees one representation whether the string is stored as Latin-1 or UTF-16.
     */
    int count(String text, int from, int to) {
        Scratch s = SCRATCH.get();
        if (s == null || s.bpe.ranks() != ranks) {
            s = new Scratch(ranks);
            SCRATCH.set(s);
        }
        char[] chars = s.chars;
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, 2 * chars.length)];
            if (chars.length <= MAX_KEPT_BUFFER) {
                s.chars = chars;
            }
        }
        text.getChars(from, to, chars, 0);
        return count(chars, to - from, s.bpe, s.cache);
    }

    private int count(char[] text, int to, BytePairCounter bpe, ChunkCountCache cache) {
        int total = 0;
        int pending = -1;
        int start = 0;
        while (start < to) {
            int end = SpaceCuts.chunkEnd(text, start, to);
            int count;
            if (end - start <= ChunkCountCache.MAX_KEY) {
                int hash = ChunkCountCache.hash(text, start, end);
                count = cache.get(text, start, end, hash);
                if (count == ChunkCountCache.MISS) {
                    count = simpleChunk(text, start, end, bpe);
                    cache.put(text, start, end, hash, count);
                }
            } else {
                count = simpleChunk(text, start, end, bpe);
            }
            if (count < 0) {
                if (pending < 0) {
                    pending = start;
                }
            } else {
                if (pending >= 0) {
                    total += encoding.countTokensOrdinary(new String(text, pending, start - pending));
                    pending = -1;
                }
                total += count;
            }
            start = end;
        }
        if (pending >= 0) {
            total += encoding.countTokensOrdinary(new String(text, pending, to - pending));
        }
        return total;
    }

    /**
     * The count of a chunk whose {@code cl100k_base} pieces follow from a few rules, or -1 (whitespace other than
     * one leading space or trailing line breaks, surrogates, controls, an apostrophe before a long s and pieces
     * over {@value #MAX_PIECE} characters are left to jtokkit). The rules are the pre-tokenizer's
     * alternatives, tried in its order: a contraction ({@code 's 't 're 've 'm 'll 'd}, any case); letters with
     * at most one leading non-letter, non-digit character ({@code [^\r\n\p{L}\p{N}]?+\p{L}+}); up to three
     * digits; a run of other characters with an optional leading space and trailing line breaks; a lone space; a
     * run of line breaks.
     */
    private static int simpleChunk(char[] text, int start, int end, BytePairCounter bpe) {
        int total = 0;
        for (int p = start; p < end; ) {
            int q = pieceEnd(text, p, start, end);
            if (q < 0) {
                return -1;
            }
            total += bpe.count(text, p, q);
            p = q;
        }
        return total;
    }

    /** The end of the piece of the chunk {@code text[start, end)} that begins at {@code p}, or -1 (see above). */
    static int pieceEnd(char[] text, int p, int start, int end) {
        char c = text[p];
        int q;
        if (isLetter(c)) {
            q = letters(text, p + 1, end);
        } else if (isNumeric(c)) {
            q = p + 1;
            while (q < end && q < p + 3 && isNumeric(text[q])) {
                q++;
            }
        } else if (c == '\r' || c == '\n') {
            q = p + 1;
            while (q < end && (text[q] == '\r' || text[q] == '\n')) {
                q++;
            }
        } else if (c == '\'' && (q = contraction(text, p, end)) != p) {
            return q;
        } else if (c == ' ' && p == start || isOther(c)) {
            char next = p + 1 < end ? text[p + 1] : '\n';
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
        return q - p > MAX_PIECE ? -1 : q;
    }

    /**
     * The end of the contraction that starts with the apostrophe at {@code p}; {@code p} if there is none; -1
     * before a long s, the one non-ASCII letter that case-folds onto a contraction letter (left to jtokkit).
     */
    private static int contraction(char[] text, int p, int end) {
        if (p + 1 == end) {
            return p;
        }
        char first = text[p + 1];
        if (first >= 128) {
            return first == LONG_S ? -1 : p;
        }
        switch (first | 0x20) {
            case 's', 't', 'm', 'd' -> {
                return p + 2;
            }
            case 'r', 'v', 'l' -> {
                if (p + 2 == end) {
                    return p;
                }
                char second = text[p + 2];
                char expected = (first | 0x20) == 'l' ? 'l' : 'e';
                return (second | 0x20) == expected ? p + 3 : p;
            }
            default -> {
                return p;
            }
        }
    }

    private static int letters(char[] text, int from, int end) {
        int q = from;
        while (q < end && isLetter(text[q])) {
            q++;
        }
        return q;
    }

    /** Past a run of {@link #isOther} characters from {@code from}, then past line breaks. */
    private static int others(char[] text, int from, int end) {
        int q = from;
        while (q < end && isOther(text[q])) {
            q++;
        }
        while (q < end && (text[q] == '\r' || text[q] == '\n')) {
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
