package io.ultralink.llm.openai.batch;

import io.ultralink.error.InvalidInputException;
import io.ultralink.error.LlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.batch.BatchOutcome;
import io.ultralink.llm.openai.internal.OpenAiWire;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one line of an output or error file: {@code {"custom_id", "response": {"status_code",
 * "body"}, "error": {"code", "message"}}}. A 200 whose body parses is a success; error code
 * {@code batch_expired} an expiry, {@code batch_cancelled} a cancellation, anything else an error.
 */
final class ResultLines {

    private ResultLines() {
    }

    static BatchOutcome outcome(String line, String model) {
        JsonNode n;
        try {
            n = Mappers.JSON.readTree(line);
        } catch (JacksonException e) {
            throw new LlmException("OpenAI batch API: unreadable result line (" + e.getOriginalMessage() + ")", e);
        }
        String id = n.path("custom_id").asString("");
        if (id.isBlank()) {
            throw new LlmException("OpenAI batch API: result line without custom_id");
        }
        JsonNode error = n.path("error");
        JsonNode response = n.path("response");
        int status = response.path("status_code").asInt(0);
        if (!error.isObject() && status == 200) {
            try {
                return BatchOutcome.succeeded(id, OpenAiWire.parse(response.path("body"), "OpenAI batch API", model));
            } catch (LlmException | InvalidInputException e) {
                return BatchOutcome.failed(id, BatchOutcome.Kind.ERRORED, e.getMessage());
            }
        }
        String code = error.path("code").asString("");
        String message = error.isObject() ? error.path("message").asString(code)
                : response.path("body").path("error").path("message").asString("HTTP " + status);
        BatchOutcome.Kind kind = switch (code) {
            case "batch_expired" -> BatchOutcome.Kind.EXPIRED;
            case "batch_cancelled" -> BatchOutcome.Kind.CANCELLED;
            default -> BatchOutcome.Kind.ERRORED;
        };
        return BatchOutcome.failed(id, kind, message.isBlank() ? kind.name().toLowerCase(java.util.Locale.ROOT) : message);
    }
}
