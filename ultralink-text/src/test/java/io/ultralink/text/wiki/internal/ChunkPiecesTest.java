package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkPiecesTest {

    private static byte[] join(byte[][] pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : pieces) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void readAll_severalPieces_keepsEveryByteInOrderAndNoPieceExceedsTheLimit() throws IOException {
        byte[] data = new byte[3 * ChunkPieces.PIECE + 17];
        new Random(5).nextBytes(data);
        byte[][] pieces = ChunkPieces.readAll(new ByteArrayInputStream(data));
        assertThat(List.of(pieces)).hasSize(4).allSatisfy(p -> assertThat(p.length).isBetween(1, ChunkPieces.PIECE));
        assertThat(pieces[3]).hasSize(17);
        assertThat(join(pieces)).isEqualTo(data);
    }

    @Test
    void readAll_shortReadsFromAPipe_stillFillsWholePieces() throws IOException {
        byte[] data = new byte[ChunkPieces.PIECE * 2];
        new Random(6).nextBytes(data);
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(data)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
        byte[][] pieces = ChunkPieces.readAll(trickle);
        assertThat(List.of(pieces)).hasSize(2).allSatisfy(p -> assertThat(p).hasSize(ChunkPieces.PIECE));
        assertThat(join(pieces)).isEqualTo(data);
    }

    @Test
    void readAll_emptyOrExactMultiple_hasNoEmptyPiece() throws IOException {
        assertThat(ChunkPieces.readAll(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(ChunkPieces.readAll(new ByteArrayInputStream(new byte[ChunkPieces.PIECE])).length).isEqualTo(1);
    }
}
