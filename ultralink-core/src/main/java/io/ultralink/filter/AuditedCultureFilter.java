package io.ultralink.filter;

import io.ultralink.error.LlmException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.LineAppender;
import io.ultralink.format.internal.Json;
import io.ultralink.model.Conversation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wraps a {@link CultureFilter} with an audit trail: every verdict is appended as one whole JSON line
 * ({@code {"id","status":"judged","keep","decided_by","reason","matched":{criterion: reason}}}), and
 * every failed judgement as {@code {"id","status":"error","error"}}. Opening an existing audit file
 * loads its verdicts: those conversations are answered from the file, with no new judge call, so a
 * resumed run never judges a conversation twice. Errors are not verdicts and are judged again.
 * Thread-safe.
 */
public final class AuditedCultureFilter implements CultureFilter, AutoCloseable {

    private final CultureFilter delegate;
    private final LineAppender audit;
    private final Map<String, CultureVerdict> known = new ConcurrentHashMap<>();
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    private AuditedCultureFilter(CultureFilter delegate, Path file) {
        this.delegate = delegate;
        if (Files.exists(file)) {
            try (JsonlReader<JsonLine> in = JsonlReader.open(file, BadLinePolicy.SKIP)) {
                in.forEachRemaining(line -> read(line.node()));
            }
        }
        this.audit = LineAppender.open(file, false);
    }

    /** Opens (or resumes) the audit file {@code file} in front of {@code delegate}. */
    public static AuditedCultureFilter open(CultureFilter delegate, Path file) {
        return new AuditedCultureFilter(Objects.requireNonNull(delegate, "delegate"), Objects.requireNonNull(file, "file"));
    }

    /**
     * {@inheritDoc} A conversation judged in an earlier run gets its recorded verdict.
     *
     * @throws LlmException from the delegate, after the failure was written to the audit file
     */
    @Override
    public CultureVerdict judge(Conversation conversation) {
        CultureVerdict previous = known.get(conversation.id());
        if (previous != null) {
            reused.incrementAndGet();
            return previous;
        }
        CultureVerdict verdict;
        try {
            verdict = delegate.judge(conversation);
        } catch (LlmException e) {
            errors.incrementAndGet();
            ObjectNode line = Json.MAPPER.createObjectNode().put("id", conversation.id()).put("status", "error")
                    .put("error", String.valueOf(e.getMessage()));
            audit.append(Json.MAPPER.writeValueAsString(line));
            throw e;
        }
        audit.append(toLine(verdict));
        known.put(verdict.conversationId(), verdict);
        return verdict;
    }

    /** Whether a verdict for {@code id} is already on record. */
    public boolean isJudged(String id) {
        return known.containsKey(id);
    }

    /** Verdicts answered from the audit file instead of the delegate. */
    public long reused() {
        return reused.get();
    }

    /** Judgements that failed in this run. */
    public long errors() {
        return errors.get();
    }

    @Override
    public void close() {
        audit.close();
    }

    private static String toLine(CultureVerdict v) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", v.conversationId()).put("status", "judged")
                .put("keep", v.keep()).put("decided_by", v.decidedBy().name()).put("reason", v.reason());
        ObjectNode matched = node.putObject("matched");
        v.matched().forEach((c, r) -> matched.put(c.name(), r));
        return Json.MAPPER.writeValueAsString(node);
    }

    private void read(JsonNode node) {
        if (!"judged".equals(node.path("status").asString(""))) {
            return;
        }
        Map<CultureCriterion, String> matched = new EnumMap<>(CultureCriterion.class);
        for (Map.Entry<String, JsonNode> e : node.path("matched").properties()) {
            matched.put(CultureCriterion.valueOf(e.getKey()), e.getValue().asString());
        }
        String id = node.path("id").asString();
        known.put(id, new CultureVerdict(id, node.path("keep").booleanValue(), matched,
                node.path("reason").asString(""), CultureVerdict.DecidedBy.valueOf(node.path("decided_by").asString())));
    }
}
