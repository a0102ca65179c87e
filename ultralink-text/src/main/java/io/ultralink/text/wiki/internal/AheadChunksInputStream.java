package io.ultralink.text.wiki.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;

/**
 * A {@link ChunkedInputStream} whose chunks are decoded on other threads, each from a known compressed byte
 * offset, queued a bounded number ahead by {@link #submitAhead()} and delivered in the order queued. A decoded
 * chunk comes as pieces (see {@link ChunkPieces}), handed on one by one.
 */
abstract class AheadChunksInputStream extends ChunkedInputStream {

    private final Deque<Future<byte[][]>> pending = new ArrayDeque<>();
    private final Deque<Long> pendingOffsets = new ArrayDeque<>();
    private volatile long offset;
    private byte[][] pieces = new byte[0][];
    private int nextPiece;

    /** Queues chunks with {@link #enqueue} while {@link #queued()} is below the window and input remains. */
    protected abstract void submitAhead() throws IOException;

    /** Queues a chunk being decoded from compressed byte offset {@code from}. */
    protected final void enqueue(long from, Future<byte[][]> chunk) {
        pending.add(chunk);
        pendingOffsets.add(from);
    }

    /** Chunks queued and not yet delivered. */
    protected final int queued() {
        return pending.size();
    }

    /** Compressed byte offset of the chunk being delivered (0 before the first). */
    public long offset() {
        return offset;
    }

    @Override
    protected final byte[] nextChunk() throws IOException {
        while (nextPiece >= pieces.length) {
            submitAhead();
            Future<byte[][]> next = pending.poll();
            if (next == null) {
                return null;
            }
            offset = pendingOffsets.poll();
            pieces = await(next);
            nextPiece = 0;
        }
        return pieces[nextPiece++];
    }
}
