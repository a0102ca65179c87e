package io.ultralink.cli.spend;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import io.ultralink.tokens.TokenCounter;
import java.util.Locale;
import java.util.Objects;

/**
 * The model of a dry run: calls nothing, records each request's estimated prompt and completion
 * tokens and cost in a {@link SpendLedger}, and answers with text taken from the request itself
 * (the document, or the text to translate) so that the stage goes on building the prompts it would
 * send. Estimates:
 * <ul>
 *   <li>prompt tokens: the token count of every message plus {@value #TOKENS_PER_MESSAGE} per
 *       message for the chat format;</li>
 *   <li>completion tokens: for a translation stage the length of the text to translate, for a
 *       filter stage {@value #VERDICT_TOKENS}, otherwise {@value #ANSWER_TOKENS}; never more than
 *       the request's {@code maxTokens}.</li>
 * </ul>
 */
public final class ForecastingChatModel implements ChatModel {

    /** Chat-format overhead per message. */
    public static final int TOKENS_PER_MESSAGE = 4;
    /** Estimated completion of a culture judgement. */
    public static final int VERDICT_TOKENS = 40;
    /** Estimated completion of a question or answer (near the paper's released average turn). */
    public static final int ANSWER_TOKENS = 300;
    /** The model name a forecast reports. */
    public static final String MODEL_NAME = "dry-run-forecast";

    private final TokenCounter counter;
    private final SpendLedger ledger;
    private final PriceTable prices;
    private final String pricedModel;

    /**
     * @param counter counts tokens of prompts
     * @param ledger where estimates are recorded
     * @param prices the price table
     * @param pricedModel the model whose price the forecast uses
     */
    public ForecastingChatModel(TokenCounter counter, SpendLedger ledger, PriceTable prices, String pricedModel) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.pricedModel = Objects.requireNonNull(pricedModel, "pricedModel");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long prompt = 0;
        for (Message m : request.messages()) {
            prompt += counter.countTokens(m.content()) + TOKENS_PER_MESSAGE;
        }
        String source = sourceText(request);
        int sourceTokens = counter.countTokens(source);
        String stage = request.stage().orElse("").toLowerCase(Locale.ROOT);
        int completion = stage.contains("translat") ? sourceTokens
                : stage.contains("filter") ? VERDICT_TOKENS : ANSWER_TOKENS;
        if (request.maxTokens().isPresent()) {
            completion = Math.min(completion, request.maxTokens().getAsInt());
        }
        completion = Math.max(1, completion);
        TokenUsage usage = new TokenUsage(prompt, 0, completion);
        ledger.record(request, prompt, completion, prices.cost(pricedModel, usage));
        return new ChatResponse(echo(source, sourceTokens, completion), FinishReason.STOP, usage, MODEL_NAME);
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    /** The text a stage works on: the document of the last user message, or the message itself. */
    static String sourceText(ChatRequest request) {
        String last = "";
        for (Message m : request.messages()) {
            if (m.role() == Role.USER) {
                last = m.content();
            }
        }
        int open = last.indexOf("<document>");
        int close = last.indexOf("</document>");
        if (open >= 0 && close > open) {
            return last.substring(open + "<document>".length(), close).strip();
        }
        return last.isBlank() ? "-" : last;
    }

    private static String echo(String source, int sourceTokens, int completionTokens) {
        if (sourceTokens <= completionTokens) {
            return source;
        }
        int chars = (int) Math.max(1, (long) source.length() * completionTokens / sourceTokens);
        return source.substring(0, Math.min(source.length(), chars));
    }
}
