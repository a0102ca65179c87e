package io.ultralink.llm.batch;

import io.ultralink.llm.ChatResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one request of an ended batch.
 *
 * @param customId the request's id
 * @param kind how it ended
 * @param response the answer, present exactly when {@code kind} is {@link Kind#SUCCEEDED}
 * @param error what went wrong, empty on success
 */
public record BatchOutcome(String customId, Kind kind, Optional<ChatResponse> response, String error) {

    /** How a request of a batch ended. */
    public enum Kind {
        /** Answered. */
        SUCCEEDED,
        /** The provider answered with an error. */
        ERRORED,
        /** The batch's completion window passed before the request was answered. */
        EXPIRED,
        /** The batch was cancelled before the request was answered. */
        CANCELLED
    }

    /** Validates that a response goes with success and only with it. */
    public BatchOutcome {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(error, "error");
        if (response.isPresent() != (kind == Kind.SUCCEEDED)) {
            throw new IllegalArgumentException("a " + kind + " outcome " + (response.isPresent() ? "must not" : "must")
                    + " carry a response (custom id " + customId + ")");
        }
    }

    /** A successful outcome. */
    public static BatchOutcome succeeded(String customId, ChatResponse response) {
        return new BatchOutcome(customId, Kind.SUCCEEDED, Optional.of(response), "");
    }

    /** An unsuccessful outcome. */
    public static BatchOutcome failed(String customId, Kind kind, String error) {
        return new BatchOutcome(customId, kind, Optional.empty(), error);
    }
}
