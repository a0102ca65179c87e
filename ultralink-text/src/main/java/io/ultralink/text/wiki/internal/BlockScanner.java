package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds the bit positions of bzip2 block headers ({@code 0x314159265359}) and end-of-stream markers
 * ({@code 0x177245385090}) in a file, reading it sequentially. Blocks are not byte-aligned, so every bit
 * offset is checked; a one-byte filter keeps that cheap.
 */
final class BlockScanner {

    static final long BLOCK_MAGIC = 0x314159265359L;
    static final long END_MAGIC = 0x177245385090L;
    private static final long MASK48 = (1L << 48) - 1;
    private static final boolean[] CANDIDATE = new boolean[256];

    static {
        for (int s = 0; s < 8; s++) {
            CANDIDATE[(int) (BLOCK_MAGIC >>> (16 - s)) & 0xFF] = true;
            CANDIDATE[(int) (END_MAGIC >>> (16 - s)) & 0xFF] = true;
        }
    }

    /** A marker: bit offset of its first bit, and whether it starts a block (else it ends a stream). */
    record Marker(long bit, boolean block) {
    }

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private long filePos;
    private long bytePos = -1;
    private long window;
    private int pendingShift = 8;
    private long blockStart = -1;
    private boolean exhausted;

    BlockScanner(FileChannel channel) {
        this.channel = channel;
        buffer.flip();
    }

    /** Returns the bit range {@code {start, end}} of the next block, or null after the last one. */
    long[] nextBlock() throws IOException {
        while (!exhausted) {
            Marker marker = next();
            long end = marker == null ? channel.size() * 8 : marker.bit();
            long start = blockStart;
            blockStart = marker != null && marker.block() ? marker.bit() : -1;
            exhausted = marker == null;
            if (start >= 0) {
                return new long[] {start, end};
            }
        }
        return null;
    }

    /** Returns the next marker, or null at the end of the file. */
    Marker next() throws IOException {
        while (true) {
            for (int s = pendingShift; s < 8; s++) {
                long candidate = (window >>> s) & MASK48;
                if (bytePos >= 6 && (candidate == BLOCK_MAGIC || candidate == END_MAGIC)) {
                    pendingShift = s + 1;
                    return new Marker(bytePos * 8 + 8 - s - 48, candidate == BLOCK_MAGIC);
                }
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
                int n = channel.read(buffer, filePos);
                buffer.flip();
                if (n <= 0) {
                    return null;
                }
                filePos += n;
            }
            pendingShift = 8;
            while (buffer.hasRemaining()) {
                window = (window << 8) | (buffer.get() & 0xFF);
                bytePos++;
                if (CANDIDATE[(int) (window >>> 16) & 0xFF]) {
                    pendingShift = 0;
                    break;
                }
            }
        }
    }
}
