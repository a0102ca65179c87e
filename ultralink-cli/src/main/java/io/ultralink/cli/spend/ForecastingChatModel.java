package io.ultralink.cli.spend;


import io.ultralink.format.Mappers;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.llm.usage.UsageLedger;
import io.ultralink.model.Message;
import io.ultralink.model.Role;
import io.ultralink.tokens.TokenCounter;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model of a dry run: calls nothing, records each request's estimated prompt and completion
 * tokens and cost in a {@link UsageLedger}, and answers with text taken from the request itself
 * (the start of the document, or the text to translate; for a JSON-schema request, a verdict that
 * keeps the item) so that the stage goes on building the prompts it would send. Estimates:
 * <ul>
 *   <li>prompt tokens: the token count of every message plus {@value #TOKENS_PER_MESSAGE} per
 *       message for the chat format;</li>
 *   <li>completion tokens: for a translation stage the length of the text to translate, for a
 *       filter stage {@value #VERDICT_TOKENS}, otherwise {@value #ANSWER_TOKENS}; never more than
 *       the request's {@code maxTokens}; a request for a JSON-schema verdict (culture filter, adequacy and
 *       groundedness judges) {@value #VERDICT_TOKENS}.</li>
 * </ul>
 */
public final class ForecastingChatModel implements ChatModel {

    /** Chat-format overhead per message. */
    public static final int TOKENS_PER_MESSAGE = 4;
    /** Estimated completion of a culture judgement. */
    public static final int VERDICT_TOKENS = 40;
    /** Estimated completion of an answer (the paper's released average is 290 tokens). */
    public static final int ANSWER_TOKENS = 300;
    /** Estimated completion of a question (the paper's released average is 88 tokens). */
    public static final int QUESTION_TOKENS = 90;
    /** The model name a forecast reports. */
    public static final String MODEL_NAME = "dry-run-forecast";

    private static final JsonMapper JSON = Mappers.JSON;

    private final TokenCounter counter;
    private final UsageLedger ledger;
    private final String pricedModel;

    /**
     * @param counter counts tokens of prompts
     * @param ledger where estimates are recorded
     * @param pricedModel the model whose price (in the ledger's price table) the forecast uses
     */
    public ForecastingChatModel(TokenCounter counter, UsageLedger ledger, String pricedModel) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
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
                : stage.contains("filter") || request.responseFormat().schema().isPresent() ? VERDICT_TOKENS
                : stage.contains("question") ? QUESTION_TOKENS : ANSWER_TOKENS;
        if (request.maxTokens().isPresent()) {
            completion = Math.min(completion, request.maxTokens().getAsInt());
        }
        completion = Math.max(1, completion);
        TokenUsage usage = new TokenUsage(prompt, 0, completion);
        ledger.recordCall(pricedModel, request, usage, io.ultralink.llm.usage.ModelPrice.Channel.ONLINE);
        int estimated = completion;
        String text = request.responseFormat().schema().map(ForecastingChatModel::neutralJson)
                .orElseGet(() -> echo(source, sourceTokens, estimated));
        return new ChatResponse(text, FinishReason.STOP, usage, MODEL_NAME);
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    /**
     * The text a stage works on: the longest document block of any message (instructions may name
     * the delimiters too), or the last user message.
     */
    static String sourceText(ChatRequest request) {
        String last = "";
        String document = null;
        for (Message m : request.messages()) {
            int open = m.content().indexOf("<document>");
            int close = m.content().indexOf("</document>");
            if (open >= 0 && close > open) {
                String block = m.content().substring(open + "<document>".length(), close).strip();
                if (document == null || block.length() > document.length()) {
                    document = block;
                }
            }
            if (m.role() == Role.USER) {
                last = m.content();
            }
        }
        if (document != null && !document.isBlank()) {
            return document;
        }
        return last.isBlank() ? "-" : last;
    }

    /**
     * A schema-shaped answer that keeps the item, so the forecast covers the later stages too: an object
     * property as {@code {"match": false, "reason": "forecast"}} (the culture judge's shape), an integer one at
     * its {@code maximum} (a judge's best score), a boolean one {@code true}, any other {@code "forecast"}.
     */
    static String neutralJson(String schemaJson) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode properties = JSON.readTree(schemaJson).path("properties");
        for (String key : properties.propertyNames()) {
            JsonNode p = properties.get(key);
            switch (p.path("type").asString("object")) {
                case "integer", "number" -> out.put(key, p.path("maximum").asInt(1));
                case "boolean" -> out.put(key, true);
                case "string" -> out.put(key, "forecast");
                default -> out.putObject(key).put("match", false).put("reason", "forecast");
            }
        }
        return JSON.writeValueAsString(out);
    }

    private static String echo(String source, int sourceTokens, int completionTokens) {
        if (sourceTokens <= completionTokens) {
            return source;
        }
        int chars = (int) Math.max(1, (long) source.length() * completionTokens / sourceTokens);
        return source.substring(0, Math.min(source.length(), chars));
    }
}
