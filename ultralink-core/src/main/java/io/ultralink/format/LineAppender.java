package io.ultralink.format;

import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Appends whole lines to a file so that a crash at any moment leaves only whole lines behind.
 *
 * <p>Each line goes out in one write of its bytes plus {@code '\n'} and is flushed to the operating
 * system before {@link #append} returns ({@code sync} also forces it to the disk). A process killed in
 * the middle of a write can leave at most one unterminated tail; opening the file again removes that
 * tail, so resumed runs never see a partial record. Safe for concurrent use.
 */
public final class LineAppender implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final boolean sync;
    private final long repairedBytes;
    private long lines;

    private LineAppender(Path file, FileChannel channel, boolean sync, long repairedBytes) {
        this.file = file;
        this.channel = channel;
        this.sync = sync;
        this.repairedBytes = repairedBytes;
    }

    /**
     * Opens {@code file} for appending, creating it and its parent folders if needed, and cuts off an
     * unterminated last line left by a crash.
     *
     * @param sync force every line to the storage device (slower; survives power loss)
     */
    public static LineAppender open(Path file, boolean sync) {
        Objects.requireNonNull(file, "file");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            long repaired = cutPartialTail(channel);
            channel.position(channel.size());
            return new LineAppender(file, channel, sync, repaired);
        } catch (IOException e) {
            throw new UltraLinkException("cannot open " + file + " for appending: " + e.getMessage(), e);
        }
    }

    /** Appends {@code line}, which must not contain a line break. */
    public synchronized void append(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a JSONL line must not contain a line break");
        }
        byte[] text = line.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(text.length + 1).put(text).put((byte) '\n').flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (sync) {
                channel.force(false);
            }
            lines++;
        } catch (IOException e) {
            throw new UltraLinkException("cannot append to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Bytes of an unterminated last line removed when the file was opened (0 after a clean stop). */
    public long repairedBytes() {
        return repairedBytes;
    }

    /** Lines appended through this instance. */
    public synchronized long linesWritten() {
        return lines;
    }

    /** The file written. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UltraLinkException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private static long cutPartialTail(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return 0;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        long pos = size;
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        while (pos > 0) {
            int len = (int) Math.min(chunk.capacity(), pos);
            long start = pos - len;
            chunk.clear().limit(len);
            channel.read(chunk, start);
            for (int i = len - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    long keep = start + i + 1;
                    if (keep < size) {
                        channel.truncate(keep);
                    }
                    return size - keep;
                }
            }
            pos = start;
        }
        one.clear();
        channel.truncate(0);
        return size;
    }
}
