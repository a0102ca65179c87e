package io.ultralink.pipeline.specific.internal;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import java.nio.file.Path;
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

    private final LineAppender done;
    private final LineAppender failures;
    private final Map<String, String> doneSegments = new HashMap<>();
    private final Set<String> failedSegments = new HashSet<>();

    private RunState(LineAppender done, LineAppender failures) {
        this.done = done;
        this.failures = failures;
    }

    /** Opens (and repairs) the logs in {@code dir} and reads them. */
    public static RunState open(Path dir, boolean sync) {
        RunState state = new RunState(LineAppender.open(dir.resolve(DONE_FILE), sync),
                LineAppender.open(dir.resolve(FAILURES_FILE), sync));
        try (JsonlReader<JsonLine> in = JsonlReader.open(state.done.file(), BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> state.doneSegments.put(Json.requireText(l.node(), "segment_id"),
                    l.node().hasNonNull("record_id") ? l.node().get("record_id").stringValue() : ""));
        }
        try (JsonlReader<JsonLine> in = JsonlReader.open(state.failures.file(), BadLinePolicy.FAIL)) {
            in.forEachRemaining(l -> state.failedSegments.add(Json.requireText(l.node(), "segment_id")));
        }
        state.failedSegments.removeAll(state.doneSegments.keySet());
        return state;
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
        done.close();
        failures.close();
    }
}
