package io.ultralink.filter;

import io.ultralink.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A culture filter's judgement of one conversation.
 *
 * @param conversationId the judged conversation's id
 * @param keep true when no criterion matched: the conversation can be translated into any language
 * @param matched the criteria that matched, each with the judge's short reason (empty when kept)
 * @param reason a one-line summary (which criteria matched, or which pre-check dropped it)
 * @param decidedBy whether a model judged it or a cheap pre-check decided
 */
public record CultureVerdict(String conversationId, boolean keep, Map<CultureCriterion, String> matched,
        String reason, DecidedBy decidedBy) {

    /** Who decided. */
    public enum DecidedBy {
        /** The language model. */
        MODEL,
        /** A configured pre-check (URL present, conversation too long, ...). */
        PRECHECK
    }

    /** Validates that a kept conversation matched nothing. */
    public CultureVerdict {
        Checks.notBlank(conversationId, "conversationId");
        Map.copyOf(Objects.requireNonNull(matched, "matched")); // no null keys or values
        matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (keep && !matched.isEmpty()) {
            throw new IllegalArgumentException("a kept conversation cannot match criteria " + matched.keySet());
        }
    }
}
