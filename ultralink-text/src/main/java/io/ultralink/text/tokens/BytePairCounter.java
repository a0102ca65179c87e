package io.ultralink.text.tokens;

/**
 * Byte-pair encodes one pre-tokenizer piece of BMP characters and returns the number of tokens, as tiktoken does:
 * the whole piece if it is a token, else repeatedly merge the adjacent pair of lowest rank (leftmost on ties).
 * Scratch arrays are reused; one instance per thread.
 */
final class BytePairCounter {

    private static final int NONE = Integer.MAX_VALUE;

    private final RankTable ranks;
    private final byte[] bytes;
    private final int[] starts;
    private final int[] pairRanks;

    BytePairCounter(RankTable ranks, int maxBytes) {
        this.ranks = ranks;
        this.bytes = new byte[maxBytes];
        this.starts = new int[maxBytes + 1];
        this.pairRanks = new int[maxBytes + 1];
    }

    RankTable ranks() {
        return ranks;
    }

    /** The token count of {@code text[from, to)}, at most {@code maxBytes / 3} characters, none a surrogate. */
    int count(char[] text, int from, int to) {
        int n = utf8(text, from, to);
        if (n == 1 || ranks.rank(bytes, 0, n) >= 0) {
            return 1;
        }
        for (int i = 0; i <= n; i++) {
            starts[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            pairRanks[i] = rankOf(i, i + 2);
        }
        int parts = n;
        while (parts > 1) {
            int best = -1;
            int bestRank = NONE;
            for (int i = 0; i < parts - 1; i++) {
                if (pairRanks[i] < bestRank) {
                    bestRank = pairRanks[i];
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            System.arraycopy(starts, best + 2, starts, best + 1, parts - best - 1);
            System.arraycopy(pairRanks, best + 2, pairRanks, best + 1, Math.max(0, parts - best - 3));
            parts--;
            pairRanks[best] = best < parts - 1 ? rankOf(best, best + 2) : NONE;
            if (best > 0) {
                pairRanks[best - 1] = rankOf(best - 1, best + 1);
            }
        }
        return parts;
    }

    private int rankOf(int fromPart, int toPart) {
        int from = starts[fromPart];
        int rank = ranks.rank(bytes, from, starts[toPart] - from);
        return rank < 0 ? NONE : rank;
    }

    private int utf8(char[] text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xc0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            } else {
                bytes[n++] = (byte) (0xe0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return n;
    }
}
