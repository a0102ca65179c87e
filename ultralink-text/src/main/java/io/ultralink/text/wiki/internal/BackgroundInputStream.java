package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongSupplier;

/**
 * Reads a source stream (typically a decompressor) on a background thread, a chunk ahead, so that
 * decompression and parsing run on different cores. Errors of the source surface in {@link #read} with the
 * source position at the time of the failure.
 */
public final class BackgroundInputStream extends ChunkedInputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    /**
     * Starts reading {@code source} in the background.
     *
     * @param position the source's compressed position, for error messages
     */
    public BackgroundInputStream(InputStream source, String name, LongSupplier position) {
        thread = new Thread(() -> pump(source, position), "ultralink-read-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(InputStream source, LongSupplier position) {
        try (source) {
            for (byte[] chunk = ChunkPieces.next(source); chunk != null && !closed; chunk = ChunkPieces.next(source)) {
                queue.put(chunk);
            }
            queue.put(END);
        } catch (IOException | RuntimeException e) {
            offer(new SourceFailure(position.getAsLong(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(SourceFailure failure) {
        try {
            queue.put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected byte[] nextChunk() throws IOException {
        if (ended) {
            return null;
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        if (next instanceof SourceFailure f) {
            ended = true;
            throw new SourceException(f.position(), f.cause());
        }
        if (next == END) {
            ended = true;
            return null;
        }
        return (byte[]) next;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
    }

    private record SourceFailure(long position, Exception cause) {
    }
}
