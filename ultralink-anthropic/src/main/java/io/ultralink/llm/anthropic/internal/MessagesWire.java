package io.ultralink.llm.anthropic.internal;

import io.ultralink.error.LlmException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Messages API bodies and parses answers. System messages are joined into the top-level
 * {@code system} field; a JSON response format becomes an instruction there (the API has no
 * response-format field); {@code seed} is not sent (the API has none). Not API.
 */
public final class MessagesWire {

    private MessagesWire() {
    }

    /** The request body. */
    public static ObjectNode requestBody(ChatRequest request, String model, int defaultMaxTokens) {
        ObjectNode body = Mappers.object().put("model", model)
                .put("max_tokens", request.maxTokens().orElse(defaultMaxTokens));
        List<String> system = new ArrayList<>();
        ArrayNode messages = Mappers.JSON.createArrayNode();
        for (Message m : request.messages()) {
            if (m.role() == Role.SYSTEM) {
                if (!m.content().isBlank()) {
                    system.add(m.content());
                }
            } else {
                messages.addObject().put("role", m.role().wireName()).put("content", m.content());
            }
        }
        formatInstruction(request.responseFormat()).ifPresent(system::add);
        if (!system.isEmpty()) {
            body.put("system", String.join("\n\n", system));
        }
        body.set("messages", messages);
        request.temperature().ifPresent(t -> body.put("temperature", Math.min(1.0, t)));
        request.topP().ifPresent(p -> body.put("top_p", p));
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop_sequences");
            request.stop().forEach(stop::add);
        }
        return body;
    }

    private static java.util.Optional<String> formatInstruction(ResponseFormat format) {
        switch (format.kind()) {
            case JSON_OBJECT:
                return java.util.Optional.of("Answer with one JSON object and nothing else.");
            case JSON_SCHEMA:
                return java.util.Optional.of("Answer with one JSON object that matches this JSON Schema, "
                        + "and nothing else:\n" + format.schemaJson());
            default:
                return java.util.Optional.empty();
        }
    }

    /**
     * Parses an answer.
     *
     * @throws TransientLlmException when the answer has no {@code content} array (an incomplete answer)
     */
    public static ChatResponse parse(JsonNode root, String fallbackModel) {
        JsonNode content = root.path("content");
        if (!content.isArray()) {
            throw new TransientLlmException("Anthropic answered without a content array");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asString(""))) {
                text.append(block.path("text").asString(""));
            }
        }
        FinishReason reason = finishReason(root.path("stop_reason").asString(""));
        if (text.length() == 0 && reason == FinishReason.STOP) {
            throw new LlmException("Anthropic answered with no text (stop_reason "
                    + root.path("stop_reason").asString("none") + ")");
        }
        JsonNode usage = root.path("usage");
        long cacheRead = Math.max(0, usage.path("cache_read_input_tokens").asLong(0));
        long prompt = Math.max(0, usage.path("input_tokens").asLong(0)) + cacheRead
                + Math.max(0, usage.path("cache_creation_input_tokens").asLong(0));
        String model = root.path("model").asString("");
        return new ChatResponse(text.toString(), reason,
                new TokenUsage(prompt, cacheRead, Math.max(0, usage.path("output_tokens").asLong(0))),
                model.isBlank() ? fallbackModel : model);
    }

    /** Maps {@code stop_reason}. */
    public static FinishReason finishReason(String value) {
        switch (value) {
            case "end_turn":
            case "stop_sequence":
                return FinishReason.STOP;
            case "max_tokens":
                return FinishReason.LENGTH;
            case "tool_use":
                return FinishReason.TOOL_CALLS;
            case "refusal":
                return FinishReason.CONTENT_FILTER;
            default:
                return FinishReason.OTHER;
        }
    }
}
