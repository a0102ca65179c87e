package io.ultralink.translate.internal;

import io.ultralink.error.LlmException;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.QualitySettings;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import io.ultralink.translate.AdequacyMode;
import io.ultralink.translate.ChrF;
import io.ultralink.translate.Check;
import io.ultralink.translate.TranslationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The meaning checks of one translated chunk, judged on exactly what the translator saw and wrote
 * (masked text, placeholders and all): a back-translation into the source language scored with chrF
 * against the source, and an LLM judge's adequacy and fluency verdict. Requests are labelled with
 * stages {@value #BACK_STAGE} and {@value #JUDGE_STAGE}. Not API.
 */
public final class Adequacy {

    /** Stage label of back-translation calls. */
    public static final String BACK_STAGE = "adequacy.backtranslate";
    /** Stage label of judge calls. */
    public static final String JUDGE_STAGE = "adequacy.judge";
    /** The version of the way these prompts are assembled. */
    public static final String TEMPLATE_VERSION = "adequacy-2";

    private static final String SCHEMA = "{\"type\":\"object\",\"properties\":{"
            + "\"adequacy\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5},"
            + "\"fluency\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":5},"
            + "\"reason\":{\"type\":\"string\"}},\"required\":[\"adequacy\",\"fluency\",\"reason\"],"
            + "\"additionalProperties\":false}";
    private static final ResponseFormat FORMAT = ResponseFormat.jsonSchema("translation_verdict", SCHEMA);

    /** The outcome: each check that ran with its failure (empty when passed), the scores, the tokens spent. */
    public record Assessment(Map<Check, Optional<String>> checks, Map<String, Double> scores, TokenUsage usage) {
    }

    private final AdequacyMode mode;
    private final ChatModel backModel;
    private final ChatModel judgeModel;
    private final LanguagePack sourcePack;
    private final LanguagePack targetPack;
    private final int judgeAttempts;
    private final String judgeInstructions;

    /** The checks of translations from {@code sourcePack}'s language into {@code targetPack}'s. */
    public Adequacy(AdequacyMode mode, ChatModel backModel, ChatModel judgeModel, LanguagePack sourcePack,
            LanguagePack targetPack, int judgeAttempts) {
        this.mode = mode;
        this.backModel = backModel;
        this.judgeModel = judgeModel;
        this.sourcePack = sourcePack;
        this.targetPack = targetPack;
        this.judgeAttempts = judgeAttempts;
        this.judgeInstructions = mode.judges() ? targetPack.dataPreamble() + "\n\n"
                + JudgeReplies.instructions(targetPack, QualitySettings::adequacyJudgePrompt) : "";
    }

    /** The first check that runs, {@link Check#BACK_TRANSLATION} or {@link Check#ADEQUACY_JUDGE}. */
    public Check firstCheck() {
        return mode.backTranslates() ? Check.BACK_TRANSLATION : Check.ADEQUACY_JUDGE;
    }

    /** Whether any check runs. */
    public boolean enabled() {
        return mode != AdequacyMode.OFF;
    }

    /**
     * Checks {@code output} as a translation of {@code source}; the judge runs only when the back-translation
     * passed (or is off).
     *
     * @throws LlmException when the judge's reply stays malformed after every attempt, or a call fails
     */
    public Assessment assess(String source, String output, String itemId) {
        Map<Check, Optional<String>> checks = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        TokenUsage usage = TokenUsage.ZERO;
        QualitySettings q = targetPack.quality();
        if (mode.backTranslates()) {
            ChatResponse back = backModel.chat(ChatRequest.builder()
                    .addMessage(Message.system(sourcePack.translationInstructions())).addMessage(Message.user(output))
                    .temperature(0.0).stage(BACK_STAGE).promptVersion(sourcePack.promptVersion() + "+" + TEMPLATE_VERSION)
                    .build());
            usage = usage.plus(back.usage());
            double chrf = ChrF.standard().sentence(TextChecks.prose(back.text()), TextChecks.prose(source));
            scores.put(TranslationResult.CHRF, round(chrf));
            checks.put(Check.BACK_TRANSLATION, chrf >= q.minChrF() ? Optional.empty()
                    : Optional.of(String.format(Locale.ROOT, "back-translation chrF %.1f below %.1f", chrf, q.minChrF())));
        }
        if (mode.judges() && checks.values().stream().allMatch(Optional::isEmpty)) {
            List<String> problems = new ArrayList<>();
            ChatRequest request = ChatRequest.builder().addMessage(Message.system(judgeInstructions))
                    .addMessage(Message.user(JudgeReplies.delimit(source) + "\n\n" + JudgeReplies.delimit(output)))
                    .responseFormat(FORMAT).temperature(0.0).stage(JUDGE_STAGE)
                    .promptVersion(targetPack.promptVersion() + "+" + TEMPLATE_VERSION).build();
            JsonNode verdict = null;
            for (int attempt = 1; attempt <= judgeAttempts && verdict == null; attempt++) {
                ChatResponse r = judgeModel.chat(request);
                usage = usage.plus(r.usage());
                try {
                    if (!r.finishReason().isComplete()) {
                        throw new IllegalArgumentException("truncated (" + r.finishReason() + ")");
                    }
                    verdict = parse(r.text());
                } catch (IllegalArgumentException e) {
                    problems.add("attempt " + attempt + ": " + e.getMessage());
                }
            }
            if (verdict == null) {
                throw new LlmException("adequacy judge gave no valid verdict for " + itemId + ": "
                        + String.join("; ", problems));
            }
            int adequacy = verdict.get("adequacy").intValue();
            int fluency = verdict.get("fluency").intValue();
            scores.put(TranslationResult.ADEQUACY, (double) adequacy);
            scores.put(TranslationResult.FLUENCY, (double) fluency);
            boolean ok = adequacy >= q.minAdequacy() && fluency >= q.minFluency();
            checks.put(Check.ADEQUACY_JUDGE, ok ? Optional.empty() : Optional.of("judge adequacy " + adequacy + "/5 (min "
                    + q.minAdequacy() + "), fluency " + fluency + "/5 (min " + q.minFluency() + "): "
                    + verdict.get("reason").stringValue()));
        }
        return new Assessment(checks, scores, usage);
    }

    /** A verdict with whole-number adequacy and fluency in 1-5 and a text reason, or an exception saying why not. */
    static JsonNode parse(String reply) {
        JsonNode node = JudgeReplies.object(reply);
        JudgeReplies.score(node, "adequacy", 1, 5);
        JudgeReplies.score(node, "fluency", 1, 5);
        JudgeReplies.text(node, "reason");
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
