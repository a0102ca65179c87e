package io.ultralink.llm.batch.internal;

import io.ultralink.error.LlmException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One blocked call waiting for its wave. Not API. */
public final class WaveCall {

    private final ChatRequest request;
    private final String customId;
    private final CompletableFuture<ChatResponse> answer = new CompletableFuture<>();

    /** A call of {@code request} under {@code customId}. */
    public WaveCall(ChatRequest request, String customId) {
        this.request = request;
        this.customId = customId;
    }

    /** The request. */
    public ChatRequest request() {
        return request;
    }

    /** The request's custom id. */
    public String customId() {
        return customId;
    }

    /** Hands the answer to the caller. */
    public void complete(ChatResponse response) {
        answer.complete(response);
    }

    /** Hands a failure to the caller. */
    public void fail(RuntimeException e) {
        answer.completeExceptionally(e);
    }

    /** Waits for the answer; rethrows a failure as it was given. */
    public ChatResponse await() {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for batch request " + customId, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new UltraLinkException("batch request " + customId + " failed: " + e.getCause(), e.getCause());
        }
    }
}
