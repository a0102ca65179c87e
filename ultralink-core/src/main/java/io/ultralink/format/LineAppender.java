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
import java.util.Set;

/**
 * Appends whole lines to a file so that a crash at any moment leaves only whole lines behind.
 *
 * <p>Each line goes out in one write of its bytes plus {@code '\n'} and is flushed to the operating
 * system before {@link #append} returns ({@code sync} also forces it to the disk). A process killed in
 * the middle of a write can leave at most one unterminated tail; opening the file again removes that
 * tail, so resumed runs never see a partial record. A write that fails (a full disk, an I/O error)
 * cuts the file back to its last whole line, and the appender then refuses every further line, so a
 * run that goes on after the error cannot leave a gap or a torn line behind. Safe for concurrent use.
 */
public final class LineAppender implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final boolean sync;
    private final long repairedBytes;
    private long lines;
    private long goodSize;
    private String broken;

    private LineAppender(Path file, FileChannel channel, boolean sync, long repairedBytes) throws IOException {
        this.file = file;
        this.channel = channel;
        this.sync = sync;
        this.repairedBytes = repairedBytes;
        this.goodSize = channel.size();
    }

    /**
     * Opens {@code file} for appending, creating it and its parent folders if needed, and cuts off an
     * unterminated last line left by a crash.
     *
     * @param sync force every line to the storage device (slower; survives power loss)
     */
    public static LineAppender open(Path file, boolean sync) {
        return open(file, sync, ChannelOpener.DEFAULT);
    }

    /**
     * Opens {@code file} for appending through {@code opener}; otherwise as {@link #open(Path, boolean)}.
     *
     * @param sync force every line to the storage device
     * @param opener opens the file's channel
     */
    public static LineAppender open(Path file, boolean sync, ChannelOpener opener) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(opener, "opener");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel channel = opener.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ));
            try {
                long repaired = cutPartialTail(channel);
                channel.position(channel.size());
                return new LineAppender(file, channel, sync, repaired);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UltraLinkException("cannot open " + file + " for appending: " + e.getMessage(), e);
        }
    }

    /**
     * Appends {@code line}, which must not contain a line break.
     *
     * @throws UltraLinkException when the write fails (the file is then cut back to its last whole
     *     line) or an earlier write failed
     */
    public synchronized void append(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a JSONL line must not contain a line break");
        }
        if (broken != null) {
            throw new UltraLinkException("refusing to append to " + file + ": an earlier write failed (" + broken
                    + ") and the file was cut back to its last whole line");
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
            goodSize += text.length + 1;
            lines++;
        } catch (IOException e) {
            broken = String.valueOf(e.getMessage());
            String repair = rollBack();
            throw new UltraLinkException("cannot append to " + file + ": " + e.getMessage() + repair, e);
        }
    }

    /** Whether a write failed; the appender then takes no more lines. */
    public synchronized boolean isBroken() {
        return broken != null;
    }

    private String rollBack() {
        try {
            channel.truncate(goodSize);
            channel.position(goodSize);
            return "; cut back to its last whole line (" + goodSize + " bytes), no further lines are written";
        } catch (IOException e) {
            return "; could not cut the partial line off (" + e.getMessage() + "): the next open removes it";
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
        channel.truncate(0);
        return size;
    }
}
