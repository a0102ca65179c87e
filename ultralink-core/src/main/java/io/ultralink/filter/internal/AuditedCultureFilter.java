package io.ultralink.filter.internal;

import io.ultralink.error.LlmException;
import io.ultralink.filter.CultureCriterion;
import io.ultralink.filter.CultureFilter;
import io.ultralink.filter.CultureVerdict;
import io.ultralink.format.internal.Json;
import io.ultralink.model.Conversation;
import io.ultralink.run.ChangeSet;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.internal.InputDigest;
import io.ultralink.run.Lookup;
import io.ultralink.run.RunStore;
import io.ultralink.run.WorkLog;
import io.ultralink.run.WorkStatus;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wraps a {@link CultureFilter} with an audit trail, a {@link WorkLog} of the run store: every verdict
 * is one whole JSON line ({@code {"unit": id, "fp", "in", "status":"done","data":{"keep","decided_by",
 * "reason","matched":{criterion: reason}}}}), every failed judgement a {@code "failed"} line with the
 * error. A conversation judged earlier under the same {@link CultureFilter#fingerprint() fingerprint}
 * and with the same messages is answered from the trail, with no new judge call; one judged under
 * another fingerprint or with other messages is judged again only when the caller allows it
 * ({@link #check}, {@link io.ultralink.run.ResumeMode}). Errors are not verdicts and are judged again.
 * Thread-safe.
 */
public final class AuditedCultureFilter implements CultureFilter, AutoCloseable {

    private final CultureFilter delegate;
    private final WorkLog audit;
    private final Fingerprint fingerprint;
    private final RunStore own;
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    private AuditedCultureFilter(CultureFilter delegate, WorkLog audit, RunStore own) {
        this.delegate = delegate;
        this.audit = audit;
        this.fingerprint = delegate.fingerprint();
        this.own = own;
    }

    /** The trail {@code file} of {@code store} in front of {@code delegate}. */
    public static AuditedCultureFilter open(CultureFilter delegate, RunStore store, Path file) {
        return new AuditedCultureFilter(Objects.requireNonNull(delegate, "delegate"), store.workLog(file), null);
    }

    /** The trail {@code file} in front of {@code delegate}, in a run store of its own on the file's folder. */
    public static AuditedCultureFilter open(CultureFilter delegate, Path file) {
        RunStore store = RunStore.builder(file.toAbsolutePath().getParent()).owner("culture filter audit").open();
        try {
            return new AuditedCultureFilter(Objects.requireNonNull(delegate, "delegate"), store.workLog(file), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * {@inheritDoc} A conversation judged earlier under the same fingerprint gets its recorded verdict.
     *
     * @throws LlmException from the delegate, after the failure was written to the audit trail
     */
    @Override
    public CultureVerdict judge(Conversation conversation) {
        String input = InputDigest.of(conversation);
        if (audit.lookup(conversation.id(), fingerprint, input) == Lookup.DONE) {
            reused.incrementAndGet();
            return verdict(conversation.id(), audit.entry(conversation.id()).orElseThrow().data().orElse("{}"));
        }
        CultureVerdict verdict;
        try {
            verdict = delegate.judge(conversation);
        } catch (LlmException e) {
            errors.incrementAndGet();
            ObjectNode data = Json.MAPPER.createObjectNode().put("error", String.valueOf(e.getMessage()));
            audit.record(conversation.id(), fingerprint, input, WorkStatus.FAILED, null, data);
            throw e;
        }
        audit.record(conversation.id(), fingerprint, input, WorkStatus.DONE, null, toData(verdict));
        return verdict;
    }

    /** The wrapped filter's fingerprint. */
    @Override
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** Looks {@code conversation} up, remembering it in {@code changes} when it was judged under other settings. */
    public Lookup check(ChangeSet changes, Conversation conversation) {
        return changes.check(audit, conversation.id(), fingerprint, InputDigest.of(conversation));
    }

    /** Whether a verdict for {@code conversation}, under the current fingerprint, is already on record. */
    public boolean isJudged(Conversation conversation) {
        return audit.lookup(conversation.id(), fingerprint, InputDigest.of(conversation)) == Lookup.DONE;
    }

    /** Verdicts answered from the audit trail instead of the delegate. */
    public long reused() {
        return reused.get();
    }

    /** Judgements that failed in this run. */
    public long errors() {
        return errors.get();
    }

    /** Releases the run store it opened itself, if any. */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }

    private static ObjectNode toData(CultureVerdict v) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("keep", v.keep()).put("decided_by", v.decidedBy().name())
                .put("reason", v.reason());
        ObjectNode matched = node.putObject("matched");
        v.matched().forEach((c, r) -> matched.put(c.name(), r));
        return node;
    }

    private static CultureVerdict verdict(String id, String data) {
        JsonNode node = Json.MAPPER.readTree(data);
        Map<CultureCriterion, String> matched = new EnumMap<>(CultureCriterion.class);
        for (Map.Entry<String, JsonNode> e : node.path("matched").properties()) {
            matched.put(CultureCriterion.valueOf(e.getKey()), e.getValue().asString());
        }
        return new CultureVerdict(id, node.path("keep").booleanValue(), matched, node.path("reason").asString(""),
                CultureVerdict.DecidedBy.valueOf(node.path("decided_by").asString()));
    }
}
