package io.ultralink.run;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An exclusive lock on an output folder, held through the file {@value #FILE} in it. Between
 * processes it is an operating-system file lock, released when the holder ends, however it ends;
 * the file names the holder (process id, what it runs, since when) so that a refused run can say who
 * holds the folder. Within one process a second lock on a held folder is refused too: the stages of
 * one run share one {@link RunStore} instead of locking again.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file in the locked folder. */
    public static final String FILE = ".ultralink.lock";

    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path dir;
    private boolean closed;

    private RunLock(Path dir) {
        this.dir = dir;
    }

    /**
     * Locks {@code dir} (created if needed) for {@code owner}.
     *
     * @param dir the folder
     * @param owner what holds it, for the message another process gets ("ultralink generate")
     * @return the lock; close it to release
     * @throws ConfigurationException when another process holds the folder, naming it
     */
    public static RunLock acquire(Path dir, String owner) {
        Objects.requireNonNull(owner, "owner");
        Path key = canonical(dir);
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                throw new ConfigurationException("output folder " + key + " is in use by this process ("
                        + held.owner + "); wait for that run to end, or use another output folder");
            }
            HELD.put(key, lock(key, owner));
            return new RunLock(key);
        }
    }

    /** The locked folder. */
    public Path dir() {
        return dir;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.remove(dir);
            if (held != null) {
                try {
                    held.channel.close();
                } catch (IOException e) {
                    throw new UltraLinkException("cannot release " + dir.resolve(FILE) + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static Held lock(Path dir, String owner) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new ConfigurationException("output folder " + dir + " is in use by " + holder
                        + "; wait for it to end, or use another output folder");
            }
            String text = "{\"pid\":" + ProcessHandle.current().pid() + ",\"owner\":\"" + owner.replace("\"", "'")
                    + "\",\"since\":\"" + Instant.now() + "\"}\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            return new Held(channel, owner);
        } catch (IOException e) {
            throw new UltraLinkException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        String pid = field(text, "\"pid\":", ",");
        String who = field(text, "\"owner\":\"", "\"");
        String since = field(text, "\"since\":\"", "\"");
        if (pid == null) {
            return "another process (its lock file " + FILE + " names none)";
        }
        return "process " + pid + (who == null ? "" : " (" + who + ")") + (since == null ? "" : ", since " + since);
    }

    private static String field(String text, String start, String end) {
        int i = text.indexOf(start);
        if (i < 0) {
            return null;
        }
        int from = i + start.length();
        int to = text.indexOf(end, from);
        return to < 0 ? null : text.substring(from, to);
    }

    private static Path canonical(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UltraLinkException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private record Held(FileChannel channel, String owner) {
    }
}
