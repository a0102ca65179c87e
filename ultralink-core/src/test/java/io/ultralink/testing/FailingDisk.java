package io.ultralink.testing;

import io.ultralink.format.ChannelOpener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A disk that fills up: the {@code failAt}-th write through any channel it opened writes half of its
 * bytes and then fails, as a write to a full disk does, and so does every write after it. With
 * {@code failAt} 0 it never fails and only counts writes.
 */
public final class FailingDisk implements ChannelOpener {

    private final long failAt;
    private final AtomicLong writes = new AtomicLong();

    /** A disk whose {@code failAt}-th write fails (0: never). */
    public FailingDisk(long failAt) {
        this.failAt = failAt;
    }

    /** Writes attempted so far. */
    public long writes() {
        return writes.get();
    }

    @Override
    public FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        return new Channel(FileChannel.open(file, options));
    }

    private int write(FileChannel target, ByteBuffer src, long position) throws IOException {
        long n = writes.incrementAndGet();
        if (failAt > 0 && n >= failAt) {
            if (n == failAt && src.remaining() > 1) {
                ByteBuffer half = src.slice(src.position(), src.remaining() / 2);
                int written = position < 0 ? target.write(half) : target.write(half, position);
                src.position(src.position() + written);
            }
            throw new IOException("No space left on device (write " + n + ", injected)");
        }
        return position < 0 ? target.write(src) : target.write(src, position);
    }

    private final class Channel extends FileChannel {
        private final FileChannel target;

        Channel(FileChannel target) {
            this.target = target;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return target.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return target.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return FailingDisk.this.write(target, src, -1);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }

        @Override
        public long position() throws IOException {
            return target.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            target.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return target.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            target.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            target.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel dst) throws IOException {
            return target.transferTo(position, count, dst);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("transferFrom is not used by the SDK");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return target.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return FailingDisk.this.write(target, src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return target.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return target.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return target.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            target.close();
        }
    }
}
