package io.ultralink.run;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import io.ultralink.redact.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journal of one stage's units of work: an append-only JSONL file of whole lines, read back in
 * a stream when opened. A unit line is {@code {"unit","fp","in"?,"status","ref"?,"data"?}}; the
 * first unit line under a fingerprint is preceded by {@code {"fingerprint","components"}}, so a
 * later run can say what changed. The last line of a unit wins. Only what a lookup needs stays in
 * memory (ids, digests, refs and small details), never the outputs. Obtain one from
 * {@link RunStore#workLog}. Thread-safe.
 */
public final class WorkLog {

    private final Path file;
    private final LineAppender out;
    private final Map<String, WorkEntry> entries = new HashMap<>();
    private final Map<String, Fingerprint> declared = new HashMap<>();
    private final boolean existed;

    WorkLog(Path file, boolean sync, io.ultralink.format.ChannelOpener channels) {
        this.file = file;
        this.existed = Files.exists(file);
        this.out = LineAppender.open(file, sync, channels);
        read();
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Whether the journal existed before this run opened it. */
    public boolean existed() {
        return existed;
    }

    /** The latest entry of {@code unit}. */
    public synchronized Optional<WorkEntry> entry(String unit) {
        return Optional.ofNullable(entries.get(unit));
    }

    /** The number of units on record. */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * What is known of {@code unit}, to be made now under {@code fingerprint} from an input of digest
     * {@code input} (null when the stage does not track inputs).
     */
    public synchronized Lookup lookup(String unit, Fingerprint fingerprint, String input) {
        WorkEntry e = entries.get(unit);
        if (e == null) {
            return Lookup.NEW;
        }
        if (!e.isFinal()) {
            return Lookup.FAILED;
        }
        boolean sameInput = input == null || e.input().isEmpty() || e.input().get().equals(input);
        return sameInput && e.fingerprint().equals(fingerprint.digest()) ? Lookup.DONE : Lookup.CHANGED;
    }

    /** The fingerprint a digest in this journal stands for, if it was declared. */
    public synchronized Optional<Fingerprint> declared(String digest) {
        return Optional.ofNullable(declared.get(digest));
    }

    /** The refs (record ids) of every finished unit. */
    public synchronized Set<String> refs() {
        Set<String> out = new HashSet<>();
        for (WorkEntry e : entries.values()) {
            if (e.isFinal()) {
                e.ref().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Appends the outcome of {@code unit}.
     *
     * @param input the input digest, or null
     * @param ref the committed output id, or null
     * @param data stage-specific details, or null
     */
    public synchronized void record(String unit, Fingerprint fingerprint, String input, WorkStatus status, String ref,
            ObjectNode data) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        String digest = fingerprint.digest();
        if (!declared.containsKey(digest)) {
            ObjectNode decl = Json.MAPPER.createObjectNode().put("fingerprint", digest);
            ObjectNode components = decl.putObject("components");
            fingerprint.components().forEach(components::put);
            out.append(Redactor.standard().redact(Json.MAPPER.writeValueAsString(decl)));
            declared.put(digest, fingerprint);
        }
        ObjectNode line = Json.MAPPER.createObjectNode().put("unit", unit).put("fp", digest);
        if (input != null) {
            line.put("in", input);
        }
        line.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        if (ref != null) {
            line.put("ref", ref);
        }
        if (data != null) {
            line.set("data", data);
        }
        out.append(Redactor.standard().redact(Json.MAPPER.writeValueAsString(line)));
        entries.put(unit, new WorkEntry(unit, digest, Optional.ofNullable(input), status, Optional.ofNullable(ref),
                Optional.ofNullable(data).map(Json.MAPPER::writeValueAsString)));
    }

    void close() {
        out.close();
    }

    private void read() {
        long lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    readLine(Json.MAPPER.readTree(line));
                }
            }
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), lineNumber + 1, null,
                    "unreadable journal line (" + e.getMessage() + "); start the run over to rebuild it", e);
        }
    }

    private void readLine(JsonNode n) {
        if (n.hasNonNull("fingerprint")) {
            TreeMap<String, String> components = new TreeMap<>();
            n.path("components").properties().forEach(e -> components.put(e.getKey(), e.getValue().asString()));
            declared.put(n.get("fingerprint").asString(), new Fingerprint(components));
            return;
        }
        String unit = Json.requireText(n, "unit");
        String fp = n.path("fp").asString("legacy");
        WorkStatus status = WorkStatus.valueOf(n.path("status").asString("done").toUpperCase(java.util.Locale.ROOT));
        entries.put(unit, new WorkEntry(unit, fp, text(n, "in"), status, text(n, "ref"),
                n.hasNonNull("data") ? Optional.of(Json.MAPPER.writeValueAsString(n.get("data"))) : Optional.empty()));
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asString()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "WorkLog[" + file + "]";
    }
}
