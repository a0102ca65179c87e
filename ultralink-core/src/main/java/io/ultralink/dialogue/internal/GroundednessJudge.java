package io.ultralink.dialogue.internal;

import io.ultralink.dialogue.Rejection;
import io.ultralink.error.LlmException;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.QualitySettings;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import io.ultralink.prompt.ConversationBlock;
import io.ultralink.translate.internal.JudgeReplies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Asks a model whether an answer is supported by the segment (stage {@value #STAGE}, JSON verdict
 * {@code {"grounded": bool, "reason": text}}), in the pack's language. A malformed verdict is asked again;
 * after the last attempt it is thrown, never taken as a pass. Thread-safe if the model is. Not API.
 */
public final class GroundednessJudge {

    /** Stage label of the judge's calls. */
    public static final String STAGE = "dialogue.grounded";

    private static final ResponseFormat FORMAT = ResponseFormat.jsonSchema("groundedness_verdict",
            "{\"type\":\"object\",\"properties\":{\"grounded\":{\"type\":\"boolean\"},\"reason\":{\"type\":\"string\"}},"
                    + "\"required\":[\"grounded\",\"reason\"],\"additionalProperties\":false}");

    /** A verdict and the tokens it cost. */
    public record Outcome(Optional<Rejection> rejection, TokenUsage usage) {
    }

    private final ChatModel model;
    private final int attempts;

    /** A judge over {@code model} with {@code attempts} tries per answer. */
    public GroundednessJudge(ChatModel model, int attempts) {
        this.model = model;
        this.attempts = attempts;
    }

    /**
     * Judges {@code answer} to {@code question} against {@code segment}.
     *
     * @throws LlmException when every reply was malformed, or a call failed
     */
    public Outcome judge(LanguagePack pack, String segmentId, String segment, String question, String answer, int turn) {
        String user = JudgeReplies.delimit(segment) + "\n\n"
                + ConversationBlock.render(List.of(Message.user(question), Message.assistant(answer)));
        ChatRequest request = ChatRequest.builder()
                .addMessage(Message.system(pack.dataPreamble() + "\n\n"
                        + JudgeReplies.instructions(pack, QualitySettings::groundednessJudgePrompt)))
                .addMessage(Message.user(user)).responseFormat(FORMAT).temperature(0.0).stage(STAGE)
                .promptVersion(pack.promptVersion() + "+grounded-2").build();
        TokenUsage usage = TokenUsage.ZERO;
        List<String> problems = new ArrayList<>();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            ChatResponse r = model.chat(request);
            usage = usage.plus(r.usage());
            try {
                if (!r.finishReason().isComplete()) {
                    throw new IllegalArgumentException("truncated (" + r.finishReason() + ")");
                }
                JsonNode v = JudgeReplies.object(r.text());
                JsonNode grounded = v.get("grounded");
                if (grounded == null || !grounded.isBoolean()) {
                    throw new IllegalArgumentException("'grounded' must be true or false, was "
                            + (grounded == null ? "missing" : grounded));
                }
                String reason = JudgeReplies.text(v, "reason");
                return new Outcome(grounded.booleanValue() ? Optional.empty()
                        : Optional.of(new Rejection(Rejection.Reason.UNGROUNDED, turn, "judge: " + reason)), usage);
            } catch (IllegalArgumentException e) {
                problems.add("attempt " + attempt + ": " + e.getMessage());
            }
        }
        throw new LlmException("groundedness judge gave no valid verdict for " + segmentId + " turn " + turn + ": "
                + String.join("; ", problems));
    }
}
