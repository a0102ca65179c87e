package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.format.internal.Json;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.RecordId;
import io.ultralink.run.ChangeSet;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.internal.InputDigest;
import io.ultralink.run.Lookup;
import io.ultralink.run.RunStore;
import io.ultralink.run.WorkEntry;
import io.ultralink.run.WorkLog;
import io.ultralink.run.WorkStatus;
import io.ultralink.translate.Translator;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The translation stage's units of work in the run store ({@value #JOURNAL}): one unit per
 * {@code {lang}/{type}/{source id}}, under the translator's fingerprint for the language (English
 * targets, which copy the source, under a fixed one) and the digest of the source conversation.
 * Not API.
 */
public final class AgnosticWork {

    /** The journal file name. */
    public static final String JOURNAL = "translate.done.jsonl";

    private static final Fingerprint SOURCE = Fingerprint.builder().put("translator", "source unchanged").build();

    private final WorkLog log;
    private final Translator translator;
    private final Map<LanguageCode, Fingerprint> fingerprints = new ConcurrentHashMap<>();

    /** Opens the journal of {@code dir} in {@code store}. */
    public AgnosticWork(RunStore store, Path dir, Translator translator) {
        this.log = store.workLog(dir.resolve(JOURNAL));
        this.translator = translator;
    }

    /** Whether the journal existed before this run. */
    public boolean existed() {
        return log.existed();
    }

    /** The unit id of an item. */
    public static String unit(LanguageCode lang, DataType type, String sourceId) {
        return lang.code() + "/" + type.fileToken() + "/" + sourceId;
    }

    /** Looks an item up, remembering it in {@code changes} when it was made under other settings or from other text. */
    public Lookup lookup(ChangeSet changes, Conversation c, LanguageCode lang, DataType type) {
        return changes.check(log, unit(lang, type, c.id()), fingerprint(lang), InputDigest.of(c));
    }

    /** The record id an earlier run committed for the item, if any. */
    public Optional<String> previousRecord(LanguageCode lang, DataType type, String sourceId) {
        return log.entry(unit(lang, type, sourceId)).flatMap(WorkEntry::ref);
    }

    /**
     * The record ids of {@code lang}/{@code type} to keep in the record file: those committed by finished
     * units, less those of {@code changed} units (they are redone).
     */
    public Set<String> keptRecordIds(LanguageCode lang, DataType type, ChangeSet changed) {
        Set<String> kept = new HashSet<>();
        for (String ref : log.refs()) {
            RecordId.parse(ref).filter(id -> id.language().equals(lang) && id.type() == type)
                    .ifPresent(id -> kept.add(ref));
        }
        for (String unit : changed.units()) {
            log.entry(unit).flatMap(WorkEntry::ref).ifPresent(kept::remove);
        }
        return kept;
    }

    /** Commits a written record. */
    public void done(Conversation c, LanguageCode lang, DataType type, String recordId, String checks) {
        ObjectNode data = Json.MAPPER.createObjectNode().put("checks", checks);
        log.record(unit(lang, type, c.id()), fingerprint(lang), InputDigest.of(c), WorkStatus.DONE, recordId, data);
    }

    /** Records a final rejection. */
    public void rejected(Conversation c, LanguageCode lang, DataType type, List<String> reasons) {
        log.record(unit(lang, type, c.id()), fingerprint(lang), InputDigest.of(c), WorkStatus.REJECTED, null,
                reasons(reasons));
    }

    /** Records a failure that a later run tries again. */
    public void failed(Conversation c, LanguageCode lang, DataType type, List<String> reasons) {
        log.record(unit(lang, type, c.id()), fingerprint(lang), InputDigest.of(c), WorkStatus.FAILED, null,
                reasons(reasons));
    }

    private static ObjectNode reasons(List<String> reasons) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        ArrayNode list = data.putArray("reasons");
        reasons.forEach(list::add);
        return data;
    }

    private Fingerprint fingerprint(LanguageCode lang) {
        return fingerprints.computeIfAbsent(lang, l -> l.isEnglish() ? SOURCE : translator.fingerprint(l));
    }
}
