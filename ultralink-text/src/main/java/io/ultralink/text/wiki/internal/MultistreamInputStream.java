package io.ultralink.text.wiki.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeSet;
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
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(0L);
        try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(index), true)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int line = 0;
            for (int start = 0; start < text.length(); ) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                line++;
                int colon = text.indexOf(':', start);
                if (end > start && (colon < 0 || colon > end)) {
                    throw new IOException(index + ":" + line + ": not an index line 'offset:pageId:title'");
                }
                if (end > start) {
                    try {
                        starts.add(Long.parseLong(text.substring(start, colon)));
                    } catch (NumberFormatException e) {
                        throw new IOException(index + ":" + line + ": bad offset '" + text.substring(start, colon)
                                + "'", e);
                    }
                }
                start = end + 1;
            }
        }
        FileChannel channel = FileChannel.open(dump, StandardOpenOption.READ);
        long size = channel.size();
        starts.removeIf(o -> o >= size);
        long[] offsets = new long[starts.size() + 1];
        int i = 0;
        for (long o : starts) {
            offsets[i++] = o;
        }
        offsets[i] = size;
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
