package io.ultralink.llm.cache;

import io.ultralink.format.Mappers;
import io.ultralink.llm.ChatRequest;
import io.ultralink.model.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cache keys: the SHA-256 of a canonical JSON text of backend, model, messages, every sampling
 * parameter, the response format and the prompt version. The pipeline stage is left out (it does
 * not change the answer); no secret ever enters a key.
 */
public final class CacheKeys {

    private CacheKeys() {
    }

    /** The key of {@code request} sent to {@code model} of {@code backend}, as 64 hex digits. */
    public static String of(String backend, String model, ChatRequest request) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(request, "request");
        ObjectNode root = Mappers.object().put("v", 1).put("backend", backend).put("model", model);
        ArrayNode messages = root.putArray("messages");
        for (Message m : request.messages()) {
            messages.addArray().add(m.role().wireName()).add(m.content());
        }
        request.temperature().ifPresent(t -> root.put("temperature", t));
        request.topP().ifPresent(p -> root.put("top_p", p));
        request.maxTokens().ifPresent(n -> root.put("max_tokens", n));
        request.seed().ifPresent(s -> root.put("seed", s));
        ArrayNode stop = root.putArray("stop");
        request.stop().forEach(stop::add);
        root.put("format", request.responseFormat().kind().name());
        request.responseFormat().schema().ifPresent(s -> root.put("schema", request.responseFormat().schemaName()
                + "\n" + s));
        request.promptVersion().ifPresent(v -> root.put("prompt_version", v));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(Mappers.JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
