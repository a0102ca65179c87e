package io.ultralink.llm.batch;

import io.ultralink.llm.ChatRequest;
import java.util.Objects;

/**
 * One request of a batch.
 *
 * @param customId the caller's id of the request, unique within the batch: 1 to 64 characters of
 *     {@code [A-Za-z0-9_-]} (the strictest provider's rule)
 * @param request the chat request
 */
public record BatchItem(String customId, ChatRequest request) {

    /** Validates the id. */
    public BatchItem {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(request, "request");
        if (!customId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("customId must be 1-64 characters of [A-Za-z0-9_-], was '"
                    + customId + "'");
        }
    }
}
