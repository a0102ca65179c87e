package io.ultralink.run;

import io.ultralink.error.UltraLinkException;
import io.ultralink.format.ChannelOpener;
import io.ultralink.format.LineAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way a run touches its output folder: it holds the folder's {@link RunLock} for as long as
 * it is open, opens every journal ({@link #workLog}) and appended output file ({@link #appender})
 * through one {@link ChannelOpener}, and applies one {@link ResumeMode}: under
 * {@link ResumeMode#FRESH} the first claim of each file in this store deletes what an earlier run left
 * there. Pipelines take a store from their caller (the command line opens one per command) or open
 * their own on their output folder. Thread-safe.
 *
 * <pre>{@code
 * try (RunStore store = RunStore.builder(Path.of("out")).owner("my job").resumeMode(ResumeMode.RERUN_CHANGED).open()) {
 *     LanguageSpecificPipeline.builder()...outputDir(Path.of("out")).runStore(store).build().run(segments);
 * }
 * }</pre>
 */
public final class RunStore implements AutoCloseable {

    private final RunLock lock;
    private final ResumeMode mode;
    private final boolean sync;
    private final ChannelOpener channels;
    private final Map<Path, WorkLog> logs = new LinkedHashMap<>();
    private final Set<Path> claimed = new HashSet<>();
    private boolean closed;

    private RunStore(Builder b) {
        this.lock = RunLock.acquire(b.dir, b.owner);
        this.mode = b.mode;
        this.sync = b.sync;
        this.channels = b.channels;
    }

    /** A builder for the store of {@code dir}. */
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Opens the store of {@code dir} with the defaults ({@link ResumeMode#RESUME}, no sync). */
    public static RunStore open(Path dir) {
        return builder(dir).open();
    }

    /** The locked folder. */
    public Path dir() {
        return lock.dir();
    }

    /** What the run does with earlier work. */
    public ResumeMode resumeMode() {
        return mode;
    }

    /** Whether every line is forced to the disk. */
    public boolean sync() {
        return sync;
    }

    /** The opener of every file channel of the run. */
    public ChannelOpener channels() {
        return channels;
    }

    /**
     * Claims an output file for this run: under {@link ResumeMode#FRESH} the first claim deletes it.
     *
     * @return {@code file}
     */
    public synchronized Path claim(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (claimed.add(key) && mode == ResumeMode.FRESH) {
            try {
                Files.deleteIfExists(key);
            } catch (IOException e) {
                throw new UltraLinkException("cannot delete " + file + " for a fresh run: " + e.getMessage(), e);
            }
        }
        return file;
    }

    /** Opens {@code file} for appending whole lines (claimed first). The caller closes it. */
    public LineAppender appender(Path file) {
        return LineAppender.open(claim(file), sync, channels);
    }

    /**
     * The journal in {@code file}, opened (and claimed) on first use and shared by every later caller
     * of this store; the store closes it.
     */
    public synchronized WorkLog workLog(Path file) {
        ensureOpen();
        Path key = file.toAbsolutePath().normalize();
        WorkLog log = logs.get(key);
        if (log == null) {
            claim(key);
            log = new WorkLog(key, sync, channels);
            logs.put(key, log);
        }
        return log;
    }

    /** Replaces {@code file} atomically with {@code content} (see {@link AtomicFiles}). */
    public void replace(Path file, byte[] content) {
        AtomicFiles.replace(claim(file), content, channels);
    }

    /** Keeps the lines of {@code file} that {@code keep} accepts, in a stream (see {@link AtomicFiles}). */
    public long filterLines(Path file, java.util.function.Predicate<String> keep) {
        return AtomicFiles.filterLines(claim(file), keep, channels);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("run store of " + dir() + " is closed");
        }
    }

    /** Closes the journals and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            logs.values().forEach(WorkLog::close);
        } finally {
            lock.close();
        }
    }

    /** Configures a {@link RunStore}. */
    public static final class Builder {
        private final Path dir;
        private String owner = "ultralink (pid " + ProcessHandle.current().pid() + ")";
        private ResumeMode mode = ResumeMode.RESUME;
        private boolean sync;
        private ChannelOpener channels = ChannelOpener.DEFAULT;

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir");
        }

        /** What holds the lock, for the message another process gets (default: ultralink and the pid). */
        public Builder owner(String value) {
            owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /** What to do with earlier work (default {@link ResumeMode#RESUME}). */
        public Builder resumeMode(ResumeMode value) {
            mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /** Force every appended line to the storage device (default false). */
        public Builder sync(boolean value) {
            sync = value;
            return this;
        }

        /** Opens every file channel of the run (default: real files). */
        public Builder channels(ChannelOpener value) {
            channels = Objects.requireNonNull(value, "channels");
            return this;
        }

        /** Locks the folder and opens the store. */
        public RunStore open() {
            return new RunStore(this);
        }
    }
}
