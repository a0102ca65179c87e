package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Decompresses a {@code .bz2} file (one or several concatenated streams) block by block on several threads:
 * block boundaries are found by their bit patterns, each block is decoded as a stream of its own (its CRC
 * checked), a bounded number ahead, and the output delivered in order. (A block-header pattern occurring by
 * chance inside compressed data, odds about 2^-48 per bit, would make that block fail its CRC check and the read
 * fail; the single-threaded reader is the fallback.)
 */
public final class ParallelBzip2InputStream extends AheadChunksInputStream {

    private final FileChannel channel;
    private final BlockScanner scanner;
    private final ExecutorService pool;
    private final int window;

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
        FileChannel channel = BlockStreams.openBzip2(file);
        return new ParallelBzip2InputStream(channel, Math.max(1, threads));
    }

    @Override
    protected void submitAhead() throws IOException {
        while (queued() < window) {
            long[] block = scanner.nextBlock();
            if (block == null) {
                return;
            }
            enqueue(block[0] >>> 3, pool.submit(() -> decode(block[0], block[1])));
        }
    }

    private byte[][] decode(long start, long end) {
        try {
            return BlockStreams.decompress(channel, start, end);
        } catch (IOException e) {
            throw new UncheckedIOException(new SourceException(start >>> 3, e));
        }
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        channel.close();
    }
}
