package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a whole decompressed chunk as pieces of at most {@value #PIECE} bytes. A chunk of several megabytes held
 * in one array is a humongous object to G1 (at least half a region, and regions are 1 MB in a 256 MB heap); each
 * such allocation may start a concurrent marking cycle, which re-marks every live object, language models
 * included. Pieces of this size stay ordinary young objects.
 */
final class ChunkPieces {

    /** Largest piece: a quarter of the smallest G1 region, well under the humongous threshold. */
    static final int PIECE = 256 * 1024;

    private ChunkPieces() {
    }

    /** Reads {@code in} to its end; the pieces, in order, hold every byte read (none when it is empty). */
    static byte[][] readAll(InputStream in) throws IOException {
        List<byte[]> pieces = new ArrayList<>();
        for (byte[] piece = next(in); piece != null; piece = next(in)) {
            pieces.add(piece);
        }
        return pieces.toArray(new byte[0][]);
    }

    /**
     * The next piece of {@code in}: {@value #PIECE} bytes, fewer only at the end, or null when nothing is left.
     * (A stream whose length is a multiple of the piece size gives one more call that returns null.)
     */
    static byte[] next(InputStream in) throws IOException {
        byte[] piece = new byte[PIECE];
        int n = in.readNBytes(piece, 0, PIECE);
        return n == PIECE ? piece : n > 0 ? Arrays.copyOf(piece, n) : null;
    }
}
