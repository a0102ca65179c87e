package io.ultralink.llm.batch.internal;

import io.ultralink.llm.ChatRequest;
import io.ultralink.model.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Custom ids derived from what a request sends and where: the same request to the same backend
 * gets the same id in every run, so a resumed run recognises the requests of a batch it submitted
 * before it was stopped. Not API.
 */
public final class CustomIds {

    private CustomIds() {
    }

    /** 32 hex digits of the SHA-256 of the ids, in order. */
    public static String ofList(java.util.List<String> ids) {
        return hex(String.join(",", ids));
    }

    /** 32 hex digits of the SHA-256 of {@code identity} and every field of {@code request} the model sees. */
    public static String of(String identity, ChatRequest request) {
        StringBuilder b = new StringBuilder(identity).append('\u0000');
        for (Message m : request.messages()) {
            b.append(m.role().name()).append('\u0001').append(m.content()).append('\u0000');
        }
        b.append(request.temperature()).append('\u0000').append(request.topP()).append('\u0000')
                .append(request.maxTokens()).append('\u0000').append(request.seed()).append('\u0000')
                .append(request.stop()).append('\u0000').append(request.responseFormat()).append('\u0000')
                .append(request.promptVersion().orElse(""));
        return hex(b.toString());
    }

    private static String hex(String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }
}
