package io.ultralink.pipeline.specific.internal;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What earlier runs finished, kept in two append-only logs keyed by stable segment id: the done-log
 * ({@code {"segment_id","record_id"?,"turns"}}, one line per segment whose outcome is final, the
 * commit point of a dialogue) and the failures log ({@code {"segment_id","reason","message"}}).
 * Not API.
 */
public final class RunState implements AutoCloseable {

    /** The done-log file name. */
    public static final String DONE_FILE = "chat_specific.done.jsonl";
    /** The failures file name. */
    public static final String FAILURES_FILE = "chat_specific.failures.jsonl";

    /** The lock file that keeps two runs from writing the same folder. */
    public static final String LOCK_FILE = "chat_specific.lock";

    private final FileChannel lock;
    private final LineAppender done;
    private final LineAppender failures;
    private final Map<String, String> doneSegments = new HashMap<>();
    private final Set<String> failedSegments = new HashSet<>();

    private RunState(FileChannel lock, LineAppender done, LineAppender failures) {
        this.lock = lock;
        this.done = done;
        this.failures = failures;
    }

    /**
     * Locks {@code dir} for this run, opens (and repairs) the logs in it and reads them.
     *
     * @throws ConfigurationException when another run holds the folder
     */
    public static RunState open(Path dir, boolean sync) {
        FileChannel lock = lock(dir);
        RunState state;
        try {
            state = new RunState(lock, LineAppender.open(dir.resolve(DONE_FILE), sync),
                    LineAppender.open(dir.resolve(FAILURES_FILE), sync));
        } catch (RuntimeException e) {
            release(lock, e);
            throw e;
        }
        try {
            state.read();
            return state;
        } catch (RuntimeException e) {
            try {
                state.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void read() {
        try (JsonlReader<JsonLine> in = JsonlReader.open(done.file(), BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> doneSegments.put(Json.requireText(l.node(), "segment_id"),
                    l.node().hasNonNull("record_id") ? l.node().get("record_id").stringValue() : ""));
        }
        try (JsonlReader<JsonLine> in = JsonlReader.open(failures.file(), BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> failedSegments.add(Json.requireText(l.node(), "segment_id")));
        }
        failedSegments.removeAll(doneSegments.keySet());
    }

    private static void release(FileChannel lock, RuntimeException cause) {
        try {
            lock.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether the segment's outcome is final. */
    public synchronized boolean isDone(String segmentId) {
        return doneSegments.containsKey(segmentId);
    }

    /** Whether the segment failed and has not been done since. */
    public synchronized boolean hasFailed(String segmentId) {
        return failedSegments.contains(segmentId);
    }

    /** The record ids the done-log commits. */
    public synchronized Set<String> committedRecordIds() {
        Set<String> ids = new HashSet<>(doneSegments.values());
        ids.remove("");
        return ids;
    }

    /** Commits a segment's outcome; {@code recordId} is null when it produced no dialogue. */
    public synchronized void markDone(String segmentId, String recordId, int turns) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("segment_id", segmentId);
        if (recordId != null) {
            node.put("record_id", recordId);
        }
        node.put("turns", turns);
        done.append(Json.MAPPER.writeValueAsString(node));
        doneSegments.put(segmentId, recordId == null ? "" : recordId);
        failedSegments.remove(segmentId);
    }

    /** Records a failed segment. */
    public synchronized void markFailed(String segmentId, String reason, String message) {
        JsonNode node = Json.MAPPER.createObjectNode().put("segment_id", segmentId).put("reason", reason)
                .put("message", String.valueOf(message));
        failures.append(Json.MAPPER.writeValueAsString(node));
        failedSegments.add(segmentId);
    }

    @Override
    public void close() {
        try {
            done.close();
            failures.close();
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                throw new UltraLinkException("cannot release " + LOCK_FILE + ": " + e.getMessage(), e);
            }
        }
    }

    private static FileChannel lock(Path dir) {
        Path file = dir.resolve(LOCK_FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null;
            }
            if (held == null) {
                channel.close();
                throw new ConfigurationException("another run is writing to " + dir + " (it holds " + file
                        + "); wait for it to end or use another output folder");
            }
            return channel;
        } catch (IOException e) {
            throw new UltraLinkException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }
}
