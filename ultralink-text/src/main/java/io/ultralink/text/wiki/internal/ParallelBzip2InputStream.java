package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decompresses a {@code .bz2} file (one or several concatenated streams) block by block on several threads:
 * block boundaries are found by their bit patterns, each block is decoded as a stream of its own (its CRC
 * checked), a bounded number ahead, and the output delivered in order. (A block-header pattern occurring by
 * chance inside compressed data, odds about 2^-48 per bit, would make that block fail its CRC check and the read
 * fail; the single-threaded reader is the fallback.)
 */
public final class ParallelBzip2InputStream extends ChunkedInputStream {

    private final FileChannel channel;
    private final BlockScanner scanner;
    private final ExecutorService pool;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final Deque<Long> pendingOffsets = new ArrayDeque<>();
    private final int window;
    private long blockStart = -1;
    private boolean scanned;
    private volatile long offset;

    private ParallelBzip2InputStream(FileChannel channel, int threads) {
        this.channel = channel;
        this.scanner = new BlockScanner(channel);
        this.window = threads * 2;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ultralink-bzip2-block");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens {@code file}, which must start with a bzip2 header. */
    public static ParallelBzip2InputStream open(Path file, int threads) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        ByteBuffer head = ByteBuffer.allocate(4);
        channel.read(head, 0);
        byte[] h = head.array();
        if (head.position() < 4 || h[0] != 'B' || h[1] != 'Z' || h[2] != 'h' || h[3] < '1' || h[3] > '9') {
            channel.close();
            throw new SourceException(0, new IOException("not a bzip2 file (no 'BZh' header)"));
        }
        return new ParallelBzip2InputStream(channel, Math.max(1, threads));
    }

    /** Compressed byte offset of the block being delivered. */
    public long offset() {
        return offset;
    }

    private void submitAhead() throws IOException {
        while (pending.size() < window && !scanned) {
            BlockScanner.Marker marker = scanner.next();
            long end = marker == null ? channel.size() * 8 : marker.bit();
            if (blockStart >= 0) {
                long start = blockStart;
                pending.add(pool.submit(() -> decode(start, end)));
                pendingOffsets.add(start >>> 3);
            }
            blockStart = marker != null && marker.block() ? marker.bit() : -1;
            scanned = marker == null;
        }
    }

    private byte[] decode(long start, long end) {
        try {
            return BlockStreams.decompress(channel, start, end);
        } catch (IOException e) {
            throw new UncheckedIOException(new SourceException(start >>> 3, e));
        }
    }

    @Override
    protected byte[] nextChunk() throws IOException {
        submitAhead();
        Future<byte[]> next = pending.poll();
        if (next == null) {
            return null;
        }
        offset = pendingOffsets.poll();
        return await(next);
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        channel.close();
    }
}
