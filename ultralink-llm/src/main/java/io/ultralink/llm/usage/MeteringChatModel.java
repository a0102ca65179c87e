package io.ultralink.llm.usage;

import io.ultralink.error.LlmException;
import io.ultralink.error.RateLimitedException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Objects;

/**
 * Records every attempt that reached the model in a {@link UsageLedger}: the tokens of an answer,
 * charged at online or batch prices as the channel says, and, for an attempt that failed after the
 * server took it (an error status, a cut-off body), one call with no tokens. Attempts refused for a
 * rate limit are not calls. Put it around the bare backend, inside any retries, so that every billed
 * attempt is counted.
 */
public final class MeteringChatModel implements ChatModel {

    private final ChatModel delegate;
    private final UsageLedger ledger;
    private final ModelPrice.Channel channel;

    /**
     * @param delegate the model called
     * @param ledger where attempts are recorded
     * @param channel how the delegate's calls are made
     */
    public MeteringChatModel(ChatModel delegate, UsageLedger ledger, ModelPrice.Channel channel) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /** Meters online calls. */
    public MeteringChatModel(ChatModel delegate, UsageLedger ledger) {
        this(delegate, ledger, ModelPrice.Channel.ONLINE);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RateLimitedException e) {
            throw e;
        } catch (LlmException e) {
            ledger.recordFailure(delegate.modelName(), request);
            throw e;
        }
        String model = response.modelName().isBlank() ? delegate.modelName() : response.modelName();
        ledger.recordCall(model, request, response.usage(), channel);
        return response;
    }

    /** The ledger attempts are recorded in. */
    public UsageLedger ledger() {
        return ledger;
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
        return "MeteringChatModel[" + delegate + ", " + channel + "]";
    }
}
