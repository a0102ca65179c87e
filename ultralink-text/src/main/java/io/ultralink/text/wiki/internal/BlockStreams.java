package io.ultralink.text.wiki.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Turns one bzip2 block, cut out of a file at bit offsets, into a complete single-block bzip2 stream (header,
 * the block's bits realigned to a byte boundary, end marker and stream CRC, which for one block is the block's
 * CRC) and decompresses it.
 */
final class BlockStreams {

    private BlockStreams() {
    }

    /** Opens {@code file} for reading, checking that it starts with a bzip2 header. */
    static FileChannel openBzip2(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        ByteBuffer head = ByteBuffer.allocate(4);
        channel.read(head, 0);
        byte[] h = head.array();
        if (head.position() < 4 || h[0] != 'B' || h[1] != 'Z' || h[2] != 'h' || h[3] < '1' || h[3] > '9') {
            channel.close();
            throw new SourceException(0, new IOException("not a bzip2 file (no 'BZh' header)"));
        }
        return channel;
    }

    /** Decompresses the block at bits {@code [startBit, endBit)} of the file, as {@link ChunkPieces}. */
    static byte[][] decompress(FileChannel channel, long startBit, long endBit) throws IOException {
        try (InputStream in = new BZip2CompressorInputStream(
                new ByteArrayInputStream(standalone(channel, startBit, endBit)), false)) {
            return ChunkPieces.readAll(in);
        }
    }

    static byte[] standalone(FileChannel channel, long startBit, long endBit) throws IOException {
        long firstByte = startBit >>> 3;
        long lastByte = (endBit + 7) >>> 3;
        ByteBuffer in = ByteBuffer.allocate((int) (lastByte - firstByte + 1));
        while (in.hasRemaining()) {
            if (channel.read(in, firstByte + in.position()) <= 0) {
                break;
            }
        }
        byte[] src = in.array();
        long bits = endBit - startBit;
        int shift = (int) (startBit & 7);
        int contentBytes = (int) ((bits + 7) >>> 3);
        byte[] out = new byte[4 + contentBytes + 11];
        out[0] = 'B';
        out[1] = 'Z';
        out[2] = 'h';
        out[3] = '9';
        for (int i = 0; i < contentBytes; i++) {
            int hi = (src[i] & 0xFF) << shift;
            int lo = shift == 0 || i + 1 >= src.length ? 0 : (src[i + 1] & 0xFF) >>> (8 - shift);
            out[4 + i] = (byte) (hi | lo);
        }
        long crc = readBits(out, 32 + 48, 32);
        long pos = 32 + bits;
        int tail = (int) (pos & 7);
        if (tail != 0) {
            out[(int) (pos >>> 3)] &= (byte) (0xFF << (8 - tail));
        }
        pos = writeBits(out, pos, BlockScanner.END_MAGIC, 48);
        pos = writeBits(out, pos, crc, 32);
        int length = (int) ((pos + 7) >>> 3);
        return java.util.Arrays.copyOf(out, length);
    }

    private static long readBits(byte[] b, long pos, int count) {
        long v = 0;
        for (int i = 0; i < count; i++) {
            long p = pos + i;
            v = (v << 1) | ((b[(int) (p >>> 3)] >>> (7 - (p & 7))) & 1);
        }
        return v;
    }

    private static long writeBits(byte[] b, long pos, long value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            int bit = (int) ((value >>> i) & 1);
            int index = (int) (pos >>> 3);
            int off = (int) (7 - (pos & 7));
            b[index] = (byte) ((b[index] & ~(1 << off)) | (bit << off));
            pos++;
        }
        return pos;
    }
}
