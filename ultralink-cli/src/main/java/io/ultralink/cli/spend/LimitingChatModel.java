package io.ultralink.cli.spend;

import io.ultralink.llm.usage.UsageLedger;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Refuses any call once the ledger shows {@code maxCalls} calls or {@code maxCost} USD spent, by
 * throwing {@link LimitReachedException}. Wrap it around a {@link MeteringChatModel} sharing the
 * same ledger.
 */
public final class LimitingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final UsageLedger ledger;
    private final OptionalLong maxCalls;
    private final OptionalDouble maxCost;
    private volatile LimitReachedException tripped;

    /**
     * @param delegate the model called while under the caps
     * @param ledger the ledger the caps read
     * @param maxCalls the call cap, if any
     * @param maxCost the cost cap in USD, if any
     */
    public LimitingChatModel(ChatModel delegate, UsageLedger ledger, OptionalLong maxCalls, OptionalDouble maxCost) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.maxCalls = Objects.requireNonNull(maxCalls, "maxCalls");
        this.maxCost = Objects.requireNonNull(maxCost, "maxCost");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (maxCalls.isPresent() && ledger.calls() >= maxCalls.getAsLong()) {
            throw trip(new LimitReachedException("limit --max-calls " + maxCalls.getAsLong() + " reached after "
                    + ledger.calls() + " calls"));
        }
        if (maxCost.isPresent() && ledger.cost() >= maxCost.getAsDouble()) {
            throw trip(new LimitReachedException(String.format(Locale.ROOT,
                    "limit --max-cost %.4f USD reached after spending %.4f USD", maxCost.getAsDouble(), ledger.cost())));
        }
        return delegate.chat(request);
    }

    /**
     * Throws the limit exception again if a cap refused a call, for callers whose pipeline recorded
     * the refusal as an item failure instead of stopping.
     */
    public void rethrowIfTripped() {
        LimitReachedException e = tripped;
        if (e != null) {
            throw new LimitReachedException(e.getMessage());
        }
    }

    private LimitReachedException trip(LimitReachedException e) {
        if (tripped == null) {
            tripped = e;
        }
        return e;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public String identity() {
        return delegate.identity();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
