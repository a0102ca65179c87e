package io.ultralink.pipeline.specific.internal;

import io.ultralink.dialogue.ModelDialogueGenerator;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import io.ultralink.language.LanguagePack;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.run.ChangeSet;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.internal.InputDigest;
import io.ultralink.run.Lookup;
import io.ultralink.run.RunStore;
import io.ultralink.run.WorkEntry;
import io.ultralink.run.WorkLog;
import io.ultralink.run.WorkStatus;
import io.ultralink.redact.Redactor;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The language-specific stage's units of work in the run store: one unit per segment id, under the
 * generator's fingerprint for the segment's language and the digest of the segment's text. The
 * journal ({@value #JOURNAL}) is the commit point of a dialogue; failures are also reported in
 * {@value #FAILURES}. Not API.
 */
public final class SpecificWork implements AutoCloseable {

    /** The journal file name. */
    public static final String JOURNAL = "chat_specific.done.jsonl";
    /** The failures report file name. */
    public static final String FAILURES = "chat_specific.failures.jsonl";

    private final WorkLog log;
    private final LineAppender failures;
    private final ModelDialogueGenerator generator;
    private final ChangeSet changes = new ChangeSet("generate");
    private final Map<LanguageCode, Fingerprint> fingerprints = new ConcurrentHashMap<>();
    private volatile Set<String> present;

    /** Opens the journal and the failures report of {@code dir} in {@code store}. */
    public SpecificWork(RunStore store, Path dir, ModelDialogueGenerator generator) {
        this.log = store.workLog(dir.resolve(JOURNAL));
        this.failures = store.appender(dir.resolve(FAILURES));
        this.generator = generator;
    }

    /**
     * Looks the segment up, remembering it when it was made under another fingerprint or text. A
     * segment done with a record that the record files no longer hold ({@link #expectRecords}) is
     * {@link Lookup#NEW}: its record is made again.
     */
    public Lookup lookup(Segment segment, LanguagePack pack) {
        Lookup l = changes.check(log, segment.id(), fingerprint(pack), digest(segment));
        if (l == Lookup.DONE && present != null && log.entry(segment.id()).flatMap(WorkEntry::ref)
                .filter(ref -> !present.contains(ref)).isPresent()) {
            return Lookup.NEW;
        }
        return l;
    }

    /** The record ids the record files hold after reconciliation. */
    public void expectRecords(Set<String> ids) {
        present = Set.copyOf(ids);
    }

    /** The units found changed so far. */
    public ChangeSet changes() {
        return changes;
    }

    /** The record ids committed by finished units, less those of changed units (they are redone). */
    public Set<String> keptRecordIds() {
        Set<String> kept = new HashSet<>(log.refs());
        for (String unit : changes.units()) {
            log.entry(unit).flatMap(WorkEntry::ref).ifPresent(kept::remove);
        }
        return kept;
    }

    /** Commits a segment's outcome; {@code recordId} is null when it produced no dialogue. */
    public void done(Segment segment, LanguagePack pack, String recordId, int turns) {
        ObjectNode data = Json.MAPPER.createObjectNode().put("turns", turns);
        log.record(segment.id(), fingerprint(pack), digest(segment), WorkStatus.DONE, recordId, data);
    }

    /** Records a failed segment in the journal and the failures report. */
    public void failed(Segment segment, LanguagePack pack, String reason, String message) {
        ObjectNode data = Json.MAPPER.createObjectNode().put("reason", reason).put("message", String.valueOf(message));
        log.record(segment.id(), fingerprint(pack), digest(segment), WorkStatus.FAILED, null, data);
        ObjectNode line = Json.MAPPER.createObjectNode().put("segment_id", segment.id()).put("reason", reason)
                .put("message", String.valueOf(message));
        failures.append(Redactor.standard().redact(Json.MAPPER.writeValueAsString(line)));
    }

    private Fingerprint fingerprint(LanguagePack pack) {
        return fingerprints.computeIfAbsent(pack.code(), c -> generator.fingerprint(pack));
    }

    private static String digest(Segment segment) {
        return InputDigest.of(segment.text());
    }

    @Override
    public void close() {
        failures.close();
    }
}
