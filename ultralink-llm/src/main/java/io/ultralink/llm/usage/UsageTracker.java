package io.ultralink.llm.usage;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Records every call of the wrapped model in a {@link UsageLedger}, under the model's name and the
 * request's {@link ChatRequest#stage() stage}: tokens of successful calls as reported (cached
 * prompt tokens included), and failures.
 */
public final class UsageTracker implements ChatModel {

    private final ChatModel delegate;
    private final UsageLedger ledger;

    /** Tracks {@code delegate} into {@code ledger} (which may be shared by several trackers). */
    public UsageTracker(ChatModel delegate, UsageLedger ledger) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Tracks {@code delegate} into a ledger of its own. */
    public UsageTracker(ChatModel delegate) {
        this(delegate, new UsageLedger());
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String stage = request.stage().orElse(null);
        try {
            ChatResponse response = delegate.chat(request);
            ledger.recordSuccess(delegate.modelName(), stage, response.usage());
            return response;
        } catch (RuntimeException e) {
            ledger.recordFailure(delegate.modelName(), stage);
            throw e;
        }
    }

    @Override
    public CompletableFuture<ChatResponse> chatAsync(ChatRequest request) {
        String stage = request.stage().orElse(null);
        return delegate.chatAsync(request).whenComplete((response, failure) -> {
            if (failure == null) {
                ledger.recordSuccess(delegate.modelName(), stage, response.usage());
            } else {
                ledger.recordFailure(delegate.modelName(), stage);
            }
        });
    }

    /** The ledger calls are recorded in. */
    public UsageLedger ledger() {
        return ledger;
    }

    /** A snapshot of the ledger priced with {@code prices}. */
    public UsageReport report(PriceTable prices) {
        return ledger.report(prices);
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public String identity() {
        return delegate.identity();
    }

    /** Closes the wrapped model. */
    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "UsageTracker[" + delegate + "]";
    }
}
