package io.ultralink.langchain4j.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.ultralink.langchain4j.SeedSupport;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Maps an UltraLink request to a LangChain4j request. Not API. */
public final class Requests {

    private Requests() {
    }

    /**
     * The LangChain4j request for {@code request}, asking for {@code format}.
     *
     * @param capabilities what the target model declares it supports
     * @param seeds how to pass a seed to the provider, or null to leave seeds out
     */
    public static dev.langchain4j.model.chat.request.ChatRequest toLangChain4j(ChatRequest request,
            ResponseFormat format, Set<Capability> capabilities, SeedSupport seeds) {
        DefaultChatRequestParameters.Builder<?> p = DefaultChatRequestParameters.builder();
        request.temperature().ifPresent(p::temperature);
        request.topP().ifPresent(p::topP);
        request.maxTokens().ifPresent(p::maxOutputTokens);
        if (!request.stop().isEmpty()) {
            p.stopSequences(request.stop());
        }
        dev.langchain4j.model.chat.request.ResponseFormat mapped = responseFormat(format, capabilities);
        if (mapped != null) {
            p.responseFormat(mapped);
        }
        ChatRequestParameters parameters = p.build();
        if (seeds != null && request.seed().isPresent()) {
            parameters = seeds.withSeed(parameters, request.seed().getAsLong());
        }
        return dev.langchain4j.model.chat.request.ChatRequest.builder().messages(messages(request.messages()))
                .parameters(parameters).build();
    }

    static List<ChatMessage> messages(List<Message> messages) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            out.add(switch (m.role()) {
                case SYSTEM -> SystemMessage.from(m.content());
                case USER -> UserMessage.from(m.content());
                case ASSISTANT -> AiMessage.from(m.content());
            });
        }
        return out;
    }

    /** JSON with its schema where the model takes schemas, plain JSON otherwise; null for text. */
    static dev.langchain4j.model.chat.request.ResponseFormat responseFormat(ResponseFormat format,
            Set<Capability> capabilities) {
        switch (format.kind()) {
            case JSON_SCHEMA:
                if (capabilities != null && capabilities.contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
                    return dev.langchain4j.model.chat.request.ResponseFormat.builder().type(ResponseFormatType.JSON)
                            .jsonSchema(JsonSchema.builder().name(format.schemaName())
                                    .rootElement(JsonRawSchema.from(format.schemaJson())).build())
                            .build();
                }
                return dev.langchain4j.model.chat.request.ResponseFormat.JSON;
            case JSON_OBJECT:
                return dev.langchain4j.model.chat.request.ResponseFormat.JSON;
            default:
                return null;
        }
    }
}
