package io.ultralink.cli.spend;

import io.ultralink.llm.usage.PriceTable;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Objects;

/** Records the tokens and cost of every real call in a {@link SpendLedger}. */
public final class MeteringChatModel implements ChatModel {

    private final ChatModel delegate;
    private final SpendLedger ledger;
    private final PriceTable prices;

    /**
     * @param delegate the model called
     * @param ledger where usage is recorded
     * @param prices the price table
     */
    public MeteringChatModel(ChatModel delegate, SpendLedger ledger, PriceTable prices) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response = delegate.chat(request);
        ledger.record(request, response.usage().promptTokens(), response.usage().completionTokens(),
                Prices.cost(prices, response.modelName(), response.usage()));
        return response;
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
