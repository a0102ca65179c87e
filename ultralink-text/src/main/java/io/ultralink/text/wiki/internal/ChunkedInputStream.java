package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** An input stream delivered as a sequence of byte arrays, each obtained by {@link #nextChunk()}. */
abstract class ChunkedInputStream extends InputStream {

    private byte[] buffer = new byte[0];
    private int pos;

    /** Returns the next chunk, or null at the end. */
    protected abstract byte[] nextChunk() throws IOException;

    /** Waits for a result computed on another thread, rethrowing its I/O failure as is. */
    protected static <T> T await(Future<T> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decompressing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    private boolean fill() throws IOException {
        while (pos >= buffer.length) {
            byte[] next = nextChunk();
            if (next == null) {
                return false;
            }
            buffer = next;
            pos = 0;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return fill() ? buffer[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.length - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }
}
