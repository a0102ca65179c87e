package io.ultralink.text.tokens;

import com.knuddels.jtokkit.api.Encoding;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts {@code cl100k_base} or {@code o200k_base} tokens exactly, faster than jtokkit on ordinary prose: the text
 * is cut into chunks before spaces (see {@link SpaceCuts}); the pre-tokenizer pieces of most chunks
 * ({@code " word,"}, {@code " (1990)."}) follow from a few rules ({@link Cl100kPieces}, {@link O200kPieces}) and
 * are byte-pair encoded here with an allocation-free rank table, short ones looked up first in a per-thread
 * {@link ChunkCountCache}; runs of other chunks go to jtokkit in one call.
 */
final class ChunkCounter {

    /** The pre-tokenizer rules of one encoding: where the piece that begins at {@code p} ends, or -1. */
    @FunctionalInterface
    interface Pieces {
        int pieceEnd(char[] text, int p, int start, int end);
    }

    /** Largest copy buffer kept between calls; longer ranges get a buffer of their own. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;
    private static final int CACHE_BITS = 15;

    /** Per-thread state, about 1.3 MB: the byte-pair encoder, the chunk cache and the copy buffer. */
    static final class Scratch {
        final BytePairCounter bpe;
        final ChunkCountCache cache = new ChunkCountCache(CACHE_BITS);
        char[] chars = new char[1024];

        Scratch(RankTable ranks) {
            this.bpe = new BytePairCounter(ranks, 3 * Cl100kPieces.MAX_PIECE);
        }
    }

    /**
     * A thread's scratch per rank table (encoding), the last one used first: a thread that alternates encodings
     * keeps each one's chunk cache instead of rebuilding it on every switch.
     */
    private static final class Scratches {
        private final Map<RankTable, Scratch> all = new IdentityHashMap<>(4);
        private Scratch last;

        Scratch of(RankTable ranks) {
            Scratch s = last;
            if (s == null || s.bpe.ranks() != ranks) {
                s = all.computeIfAbsent(ranks, Scratch::new);
                last = s;
            }
            return s;
        }
    }

    private static final ThreadLocal<Scratches> SCRATCH = ThreadLocal.withInitial(Scratches::new);

    private final RankTable ranks;
    private final Supplier<Encoding> loader;
    private final Pieces pieces;
    private volatile Encoding encoding;

    /** A counter with these ranks and piece rules, loading jtokkit's encoding only for the first chunk it needs. */
    ChunkCounter(RankTable ranks, Supplier<Encoding> loader, Pieces pieces) {
        this.ranks = ranks;
        this.loader = loader;
        this.pieces = pieces;
    }

    private int jtokkitCount(char[] text, int from, int to) {
        Encoding e = encoding;
        if (e == null) {
            e = loader.get();
            encoding = e;
        }
        return e.countTokensOrdinary(new String(text, from, to - from));
    }

    /**
     * The number of tokens of {@code text[from, to)}. The range is copied into a per-thread array first, so that
     * the scan below sees one representation whether the string is stored as Latin-1 or UTF-16.
     */
    int count(String text, int from, int to) {
        Scratch s = scratch();
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

    /** This thread's scratch for this counter's encoding. */
    Scratch scratch() {
        return SCRATCH.get().of(ranks);
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
                    total += jtokkitCount(text, pending, start);
                    pending = -1;
                }
                total += count;
            }
            start = end;
        }
        if (pending >= 0) {
            total += jtokkitCount(text, pending, to);
        }
        return total;
    }

    /** The count of a chunk whose pieces all follow the rules, or -1 (the chunk goes to jtokkit). */
    private int simpleChunk(char[] text, int start, int end, BytePairCounter bpe) {
        int total = 0;
        for (int p = start; p < end; ) {
            int q = pieces.pieceEnd(text, p, start, end);
            if (q < 0) {
                return -1;
            }
            total += bpe.count(text, p, q);
            p = q;
        }
        return total;
    }
}
