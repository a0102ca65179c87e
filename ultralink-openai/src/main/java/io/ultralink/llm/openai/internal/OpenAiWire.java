package io.ultralink.llm.openai.internal;

import io.ultralink.error.LlmException;
import io.ultralink.error.TransientLlmException;
import io.ultralink.format.Mappers;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds chat-completions request bodies and parses their answers. Not API. */
public final class OpenAiWire {

    private OpenAiWire() {
    }

    /**
     * The request body.
     *
     * @param model the model name, or {@code null} to leave it out (Azure names it in the URL)
     * @param maxTokensField {@code max_tokens} or {@code max_completion_tokens}
     */
    public static ObjectNode requestBody(ChatRequest request, String model, String maxTokensField) {
        ObjectNode body = Mappers.object();
        if (model != null) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            messages.addObject().put("role", m.role().wireName()).put("content", m.content());
        }
        request.temperature().ifPresent(t -> body.put("temperature", t));
        request.topP().ifPresent(p -> body.put("top_p", p));
        request.maxTokens().ifPresent(n -> body.put(maxTokensField, n));
        request.seed().ifPresent(s -> body.put("seed", s));
        if (!request.stop().isEmpty()) {
            ArrayNode stop = body.putArray("stop");
            request.stop().forEach(stop::add);
        }
        ResponseFormat format = request.responseFormat();
        if (format.kind() == ResponseFormat.Kind.JSON_OBJECT) {
            body.putObject("response_format").put("type", "json_object");
        } else if (format.kind() == ResponseFormat.Kind.JSON_SCHEMA) {
            ObjectNode schema = body.putObject("response_format").put("type", "json_schema")
                    .putObject("json_schema");
            schema.put("name", format.schemaName()).put("strict", true);
            try {
                schema.set("schema", Mappers.JSON.readTree(format.schemaJson()));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("response format schema '" + format.schemaName()
                        + "' is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        return body;
    }

    /**
     * Parses a chat-completions answer.
     *
     * @throws TransientLlmException when {@code choices} is empty (servers do this on upstream failures)
     * @throws LlmException when the answer has no content although the model claims it finished
     */
    public static ChatResponse parse(JsonNode root, String service, String fallbackModel) {
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            // OpenRouter and some proxies report upstream failures as a 200 with an error object
            String detail = root.path("error").path("message").asString("");
            throw new TransientLlmException(service + " answered with no choices"
                    + (detail.isBlank() ? "" : ": " + detail));
        }
        JsonNode choice = choices.path(0);
        FinishReason reason = finishReason(choice.path("finish_reason").asString(""));
        JsonNode content = choice.path("message").path("content");
        String text = content.isString() ? content.asString() : "";
        if (!content.isString() && (reason == FinishReason.STOP || reason == FinishReason.OTHER)) {
            throw new LlmException(service + " answered without message content (finish_reason "
                    + choice.path("finish_reason").asString("none") + ")");
        }
        String model = root.path("model").asString("");
        return new ChatResponse(text, reason, usage(root.path("usage")), model.isBlank() ? fallbackModel : model);
    }

    /** Maps {@code finish_reason}. */
    public static FinishReason finishReason(String value) {
        switch (value) {
            case "stop":
            case "eos":
                return FinishReason.STOP;
            case "length":
                return FinishReason.LENGTH;
            case "content_filter":
                return FinishReason.CONTENT_FILTER;
            case "tool_calls":
            case "function_call":
                return FinishReason.TOOL_CALLS;
            default:
                return FinishReason.OTHER;
        }
    }

    private static TokenUsage usage(JsonNode usage) {
        if (!usage.isObject()) {
            return TokenUsage.ZERO;
        }
        long prompt = Math.max(0, usage.path("prompt_tokens").asLong(0));
        JsonNode details = usage.path("prompt_tokens_details").path("cached_tokens");
        // DeepSeek reports its prefix cache as prompt_cache_hit_tokens instead
        long cached = Math.max(0, details.isNumber() ? details.asLong()
                : usage.path("prompt_cache_hit_tokens").asLong(0));
        long completion = Math.max(0, usage.path("completion_tokens").asLong(0));
        return new TokenUsage(prompt, Math.min(cached, prompt), completion);
    }
}
