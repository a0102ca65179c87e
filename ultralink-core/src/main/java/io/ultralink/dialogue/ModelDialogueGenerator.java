package io.ultralink.dialogue;

import io.ultralink.dialogue.internal.DialogueStep;
import io.ultralink.dialogue.internal.GroundednessJudge;
import io.ultralink.dialogue.internal.PromptBuilder;
import io.ultralink.dialogue.internal.RepetitionGates;
import io.ultralink.dialogue.internal.SeededRandom;
import io.ultralink.dialogue.internal.TurnGates;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Dialogue;
import io.ultralink.model.Segment;
import io.ultralink.model.Turn;
import io.ultralink.run.Fingerprint;
import io.ultralink.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The paper's dialogue generator over any {@link ChatModel}: a first question and answer grounded in
 * the segment, then in-depth or expansive follow-ups as the seeded {@link DialoguePlan} says, every
 * call with the delimited segment, in the segment language's pack prompts and the configured
 * {@link PromptLayout}. Every turn passes the quality gates; a rejected question is regenerated up to
 * {@link DialogueSettings#maxQuestionAttempts()} times. Requests are labelled with stage
 * {@code dialogue.question} or {@code dialogue.answer} and the prompt version
 * {@code {pack promptVersion}+{@value #TEMPLATE_VERSION}}. Beyond the per-turn gates, an answer that mostly
 * repeats its question and a follow-up that nearly repeats an earlier question are rejected (character
 * 3-grams), and with {@link DialogueSettings#groundednessJudge()} an LLM judge (stage {@code dialogue.grounded})
 * must find each answer supported by the segment. Thread-safe if its collaborators are.
 *
 * <pre>{@code
 * DialogueGenerator generator = ModelDialogueGenerator.builder()
 *         .model(model).packs(LanguagePacks.load()).detector(detector)
 *         .normaliser(normaliser).tokenCounter(counter).seed(42).build();
 * DialogueResult result = generator.generate(segment);
 * }</pre>
 */
public final class ModelDialogueGenerator implements DialogueGenerator {

    /** The version of the way prompts are assembled here, appended to the pack's prompt version. */
    public static final String TEMPLATE_VERSION = "dialogue-2";

    private final ChatModel model;
    private final LanguagePacks packs;
    private final TurnGates gates;
    private final long seed;
    private final DialogueSettings settings;
    private final String tokenEncoding;
    private final RepetitionGates repetition = RepetitionGates.DEFAULT;
    private final GroundednessJudge grounded;

    private ModelDialogueGenerator(Builder b) {
        this.model = b.model;
        this.packs = b.packs;
        this.seed = b.seed;
        this.settings = b.settings;
        this.tokenEncoding = b.tokenCounter.encodingName();
        this.gates = new TurnGates(b.detector, b.normaliser, b.tokenCounter, settings.minQuestionTokens(),
                settings.minAnswerTokens());
        this.grounded = settings.groundednessJudge() ? new GroundednessJudge(b.model, 3) : null;
    }

    /** A builder; model, packs, detector and token counter are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The prompt version recorded for dialogues in {@code pack}'s language. */
    public static String promptVersion(LanguagePack pack) {
        return pack.promptVersion() + "+" + TEMPLATE_VERSION;
    }

    /**
     * What determines the dialogues of segments in {@code pack}'s language: the model's identity, the
     * prompts (version and a digest of the whole pack), every generation setting, the seed and the
     * gates' token encoding.
     */
    public Fingerprint fingerprint(LanguagePack pack) {
        return Fingerprint.builder()
                .put("model", model.identity())
                .put("prompt", promptVersion(pack) + "#" + Fingerprint.builder().put("pack", pack).build().digest())
                .put("settings", settings)
                .put("seed", seed)
                .put("gates.tokenEncoding", tokenEncoding)
                .build();
    }

    @Override
    public DialogueResult generate(Segment segment) {
        Objects.requireNonNull(segment, "segment");
        LanguagePack pack = packs.get(segment.source().language());
        DialoguePlan plan = DialoguePlan.of(seed, segment.id(), settings.schedule());
        Run run = new Run(segment, pack);
        if (!run.turn(DialogueStep.INITIAL_QUESTION, DialogueStep.INITIAL_ANSWER)) {
            return run.result(DialogueResult.Ending.REJECTED);
        }
        for (FollowUpKind kind : plan.followUps()) {
            if (!run.turn(DialogueStep.followUp(kind), DialogueStep.FOLLOW_UP_ANSWER)) {
                return run.result(DialogueResult.Ending.REJECTED);
            }
        }
        return run.result(plan.ending());
    }

    /** The state of one dialogue being generated. */
    private final class Run {
        private final Segment segment;
        private final LanguagePack pack;
        private final PromptBuilder prompts;
        private final String promptVersion;
        private final List<Turn> turns = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private TokenUsage usage = TokenUsage.ZERO;

        Run(Segment segment, LanguagePack pack) {
            this.segment = segment;
            this.pack = pack;
            this.prompts = new PromptBuilder(settings.layout(), pack.dialogue(), pack.dataPreamble(), segment.text());
            this.promptVersion = promptVersion(pack);
        }

        /** Generates and gates one question/answer pair; false when the dialogue must end. */
        boolean turn(DialogueStep questionStep, DialogueStep answerStep) {
            int index = turns.size();
            String question = null;
            List<String> earlier = turns.stream().map(Turn::question).toList();
            for (int attempt = 0; attempt < settings.maxQuestionAttempts() && question == null; attempt++) {
                ChatResponse r = call(questionStep, null, attempt, settings.maxQuestionTokens());
                question = accept(gates.question(r, pack, index));
                if (question != null && settings.repetitionGates()
                        && rejected(repetition.question(question, earlier, index))) {
                    question = null;
                }
            }
            if (question == null) {
                return false;
            }
            ChatResponse r = call(answerStep, question, 0, settings.maxAnswerTokens());
            String answer = accept(gates.answer(r, pack, index));
            if (answer == null || settings.repetitionGates() && rejected(repetition.answer(question, answer, index))) {
                return false;
            }
            if (grounded != null) {
                GroundednessJudge.Outcome verdict = grounded.judge(pack, segment.id(), segment.text(), question, answer,
                        index);
                usage = usage.plus(verdict.usage());
                if (rejected(verdict.rejection())) {
                    return false;
                }
            }
            turns.add(new Turn(question, answer));
            return true;
        }

        private boolean rejected(Optional<Rejection> rejection) {
            rejection.ifPresent(rejections::add);
            return rejection.isPresent();
        }

        private String accept(TurnGates.Outcome outcome) {
            if (!outcome.accepted()) {
                rejections.add(outcome.rejection());
            }
            return outcome.text();
        }

        private ChatResponse call(DialogueStep step, String pendingQuestion, int attempt, int maxTokens) {
            ChatRequest.Builder request = ChatRequest.builder()
                    .messages(prompts.messages(step, turns, pendingQuestion))
                    .maxTokens(maxTokens)
                    .seed(SeededRandom.requestSeed(seed, segment.id(), step.name(), turns.size(), attempt))
                    .stage(step.stage())
                    .promptVersion(promptVersion);
            settings.temperature().ifPresent(request::temperature);
            ChatResponse response = model.chat(request.build());
            usage = usage.plus(response.usage());
            return response;
        }

        DialogueResult result(DialogueResult.Ending ending) {
            Optional<Dialogue> dialogue = turns.isEmpty() ? Optional.empty()
                    : Optional.of(new Dialogue(segment.id(), segment.source().language(), turns));
            return new DialogueResult(segment.id(), dialogue, ending, rejections, usage);
        }
    }

    /** Builds a {@link ModelDialogueGenerator}. */
    public static final class Builder {
        private ChatModel model;
        private LanguagePacks packs;
        private LanguageDetector detector;
        private ScriptNormaliser normaliser = ScriptNormaliser.identity();
        private TokenCounter tokenCounter;
        private long seed;
        private DialogueSettings settings = DialogueSettings.defaults();

        private Builder() {
        }

        /** The model (required); not closed by the generator. */
        public Builder model(ChatModel value) {
            model = value;
            return this;
        }

        /** The language packs (required); a segment's language picks its pack. */
        public Builder packs(LanguagePacks value) {
            packs = value;
            return this;
        }

        /** Checks the language of every turn (required). */
        public Builder detector(LanguageDetector value) {
            detector = value;
            return this;
        }

        /** Normalises every turn to the pack's script (default: unchanged). */
        public Builder normaliser(ScriptNormaliser value) {
            normaliser = value;
            return this;
        }

        /** Counts tokens for the minimum-length gates (required). */
        public Builder tokenCounter(TokenCounter value) {
            tokenCounter = value;
            return this;
        }

        /** The run seed (default 0). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Layout, schedule, gates and limits (default {@link DialogueSettings#defaults()}). */
        public Builder settings(DialogueSettings value) {
            settings = value;
            return this;
        }

        /** Validates and builds. */
        public ModelDialogueGenerator build() {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(packs, "packs");
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(normaliser, "normaliser");
            Objects.requireNonNull(tokenCounter, "tokenCounter");
            Objects.requireNonNull(settings, "settings");
            return new ModelDialogueGenerator(this);
        }
    }
}
