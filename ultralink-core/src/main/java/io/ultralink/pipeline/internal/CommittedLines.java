package io.ultralink.pipeline.internal;

import io.ultralink.format.internal.Json;
import io.ultralink.run.RunStore;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Brings an output file back in line with the journal after a crash or a change: keeps, in a stream,
 * the first line of each id the journal commits, and drops lines written just before a kill (their
 * unit is done again), lines of units to redo and repeated ids. The file is replaced atomically, and
 * only when a line goes. Not API.
 *
 * @param removed lines removed
 * @param present the ids the file holds afterwards (a committed id missing here lost its line to
 *     damage the journal cannot see, and its unit must be done again)
 */
public record CommittedLines(long removed, Set<String> present) {

    /** Keeps only the first line of each committed id in {@code file}. */
    public static CommittedLines keep(RunStore store, Path file, Set<String> committed) {
        Set<String> seen = new HashSet<>();
        long removed = store.filterLines(file, line -> {
            String id = idOf(line);
            return id != null && committed.contains(id) && seen.add(id);
        });
        return new CommittedLines(removed, seen);
    }

    /** The {@code "id"} of a JSON line, or null. */
    public static String idOf(String line) {
        try {
            JsonNode id = Json.MAPPER.readTree(line).get("id");
            return id != null && id.isString() ? id.stringValue() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
