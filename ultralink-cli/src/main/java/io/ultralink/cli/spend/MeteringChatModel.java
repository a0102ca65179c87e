package io.ultralink.cli.spend;

import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.PriceTable;
import java.util.Objects;

/**
 * Records every attempt that reached the model in a {@link SpendLedger}: the tokens and cost of an
 * answer, and, for an attempt that failed after the server took it (an error status, a cut-off body),
 * one call with no tokens. Attempts refused for a rate limit are not calls. Put it around the bare
 * backend, inside any retries, so that every billed attempt is counted. Calls are charged at online
 * or batch prices as the channel says; the ledger keeps both figures.
 */
public final class MeteringChatModel implements ChatModel {

    private final ChatModel delegate;
    private final SpendLedger ledger;
    private final PriceTable prices;
    private final ModelPrice.Channel channel;

    /**
     * Meters online calls.
     *
     * @param delegate the model called
     * @param ledger where usage is recorded
     * @param prices the price table
     */
    public MeteringChatModel(ChatModel delegate, SpendLedger ledger, PriceTable prices) {
        this(delegate, ledger, prices, ModelPrice.Channel.ONLINE);
    }

    /**
     * @param delegate the model called
     * @param ledger where usage is recorded
     * @param prices the price table
     * @param channel how the delegate's calls are made, which decides their price
     */
    public MeteringChatModel(ChatModel delegate, SpendLedger ledger, PriceTable prices, ModelPrice.Channel channel) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RateLimitedException e) {
            throw e;
        } catch (LlmException e) {
            ledger.record(request, 0, 0, 0);
            throw e;
        }
        ledger.record(request, response.usage().promptTokens(), response.usage().completionTokens(),
                Prices.costs(prices, response.modelName(), response.usage()), channel);
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
