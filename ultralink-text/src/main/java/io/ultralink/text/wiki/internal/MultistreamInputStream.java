package io.ultralink.text.wiki.internal;

import io.ultralink.error.InvalidInputException;
import io.ultralink.text.wiki.MultistreamIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The decompressed content of a multistream {@code .xml.bz2} dump, whose independent bzip2 streams (at the
 * offsets listed in its {@code -index.txt.bz2}) are decompressed on several threads, a bounded number ahead,
 * and delivered in order.
 */
public final class MultistreamInputStream extends AheadChunksInputStream {

    private final FileChannel channel;
    private final long[] offsets;
    private final ExecutorService pool;
    private final int window;
    private int nextStream;

    private MultistreamInputStream(FileChannel channel, long[] offsets, int threads) {
        this.channel = channel;
        this.offsets = offsets;
        this.window = threads * 2;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ultralink-bzip2");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens {@code dump} using the stream offsets of {@code index}, decompressing on {@code threads} threads. */
    public static MultistreamInputStream open(Path dump, Path index, int threads) throws IOException {
        long[] offsets;
        try {
            offsets = MultistreamIndex.streamOffsets(dump, index);
        } catch (InvalidInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ);
        return new MultistreamInputStream(channel, offsets, Math.max(1, threads));
    }

    private byte[][] decompress(int stream) {
        long start = offsets[stream];
        int length = (int) (offsets[stream + 1] - start);
        try {
            ByteBuffer compressed = ByteBuffer.allocate(length);
            while (compressed.hasRemaining()) {
                if (channel.read(compressed, start + compressed.position()) < 0) {
                    throw new IOException("file ends before the stream at byte offset " + start);
                }
            }
            try (InputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(compressed.array()), true)) {
                return ChunkPieces.readAll(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new SourceException(start, e));
        }
    }

    @Override
    protected void submitAhead() {
        while (queued() < window && nextStream < offsets.length - 1) {
            int stream = nextStream++;
            enqueue(offsets[stream], pool.submit(() -> decompress(stream)));
        }
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        channel.close();
    }
}
