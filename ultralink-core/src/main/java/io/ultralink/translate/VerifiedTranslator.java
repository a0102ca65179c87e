package io.ultralink.translate;

import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import io.ultralink.run.Fingerprint;
import io.ultralink.tokens.TokenCounter;
import io.ultralink.translate.internal.Adequacy;
import io.ultralink.translate.internal.TranslationRun;
import java.util.Objects;

/**
 * A {@link Translator} over any {@link ChatModel} that cannot silently break code, maths or
 * formatting (paper Fig. 10, with the reference scripts' defects fixed).
 *
 * <p>For each message, in order:
 * <ol>
 *   <li>fenced and inline code, LaTeX ({@code $…$}, {@code $$…$$}, {@code \(…\)}, {@code \[…\]},
 *       {@code \boxed{…}}), URLs and placeholders are replaced by tokens {@code ⟦N⟧};</li>
 *   <li>the masked text is cut at paragraph boundaries into chunks under a token budget;</li>
 *   <li>each chunk is sent with the target pack's translation instructions and the earlier
 *       (source, translation) pairs of the conversation as context;</li>
 *   <li>the answer is verified: complete, every token back exactly once, translated rather than
 *       answered, a sane length ratio, in the target language, and for maths the final answer and
 *       every number kept; a failed chunk is retried, then the item is rejected;</li>
 *   <li>the tokens are restored.</li>
 * </ol>
 * Code conversations whose metadata says {@code content_format=python} (HumanEval) send only comment
 * and docstring prose (with calls, literals and the defined function names masked) and keep every
 * code line byte-identical; the finished translation is compared line by line with the source, and
 * {@code def <entry_point>(} must survive. Every check that ran is in the result.
 *
 * <p>Meaning is checked too, by default ({@link AdequacyMode#BOTH}): every chunk whose structure passed is
 * translated back into English (the English pack's instructions, stage {@code adequacy.backtranslate}) and
 * the back-translation scored with {@link ChrF} against the masked source; when that passes, an LLM judge
 * (stage {@code adequacy.judge}) rates adequacy and fluency from 1 to 5 in a JSON verdict, a malformed one
 * being asked again and, after {@code judgeAttempts}, thrown as an {@link io.ultralink.error.LlmException}.
 * The minimums are the target pack's {@link io.ultralink.language.QualitySettings}. A failed meaning check is
 * retried like any other; the scores are in {@link TranslationResult#scores()}. Both checks judge the
 * masked text the translator saw. Each costs one call per chunk of at least 40 letters.
 *
 * <pre>{@code
 * Translator translator = VerifiedTranslator.builder(model, LanguagePacks.load(), detector).build();
 * TranslationResult r = translator.translate(conversation, LanguageCode.ZH);
 * r.translation().ifPresentOrElse(write, () -> log(r.failures()));
 * }</pre>
 */
public final class VerifiedTranslator implements Translator {

    private final ChatModel model;
    private final LanguagePacks packs;
    private final LanguageDetector detector;
    private final TranslatorSettings settings;
    private final ChatModel judgeModel;
    private final LanguagePack sourcePack;

    private VerifiedTranslator(Builder b, TranslatorSettings settings) {
        this.model = b.model;
        this.packs = b.packs;
        this.detector = b.detector;
        this.settings = settings;
        this.judgeModel = b.judgeModel != null ? b.judgeModel : b.model;
        this.sourcePack = packs.find(LanguageCode.EN).orElseGet(() -> LanguagePacks.builder().addBuiltIn().build()
                .get(LanguageCode.EN));
    }

    /** A builder over the model, the packs that hold the translation instructions and a detector. */
    public static Builder builder(ChatModel model, LanguagePacks packs, LanguageDetector detector) {
        return new Builder(model, packs, detector);
    }

    /** The settings in use. */
    public TranslatorSettings settings() {
        return settings;
    }

    /** The version of the way translation prompts are assembled and checked here. */
    public static final String TEMPLATE_VERSION = "translate-1";

    /**
     * {@inheritDoc} Here: the identities of the model and of the adequacy model, the target and source
     * packs (version and a digest of each whole pack: the judges' prompts live in the source pack), this
     * class's template version and every setting.
     */
    @Override
    public Fingerprint fingerprint(LanguageCode target) {
        LanguagePack pack = packs.get(target);
        return Fingerprint.builder()
                .put("model", model.identity())
                .put("adequacyModel", judgeModel.identity())
                .put("prompt", pack.promptVersion() + "+" + TEMPLATE_VERSION + "#"
                        + Fingerprint.builder().put("pack", pack).build().digest())
                .put("sourcePrompt", sourcePack.promptVersion() + "#"
                        + Fingerprint.builder().put("pack", sourcePack).build().digest())
                .put("settings", settings)
                .build();
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.ultralink.error.ConfigurationException when no pack exists for {@code target}
     * @throws io.ultralink.error.LlmException when a model call fails after the backend's own retries
     */
    @Override
    public TranslationResult translate(Conversation conversation, LanguageCode target) {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(target, "target");
        LanguagePack pack = packs.get(target);
        Adequacy adequacy = new Adequacy(settings.adequacy(), judgeModel, judgeModel, sourcePack, pack,
                settings.judgeAttempts());
        return new TranslationRun(model, pack, detector, settings, conversation, adequacy).run();
    }

    /** Configures a {@link VerifiedTranslator}; every setting has a documented default. */
    public static final class Builder {
        private final ChatModel model;
        private final LanguagePacks packs;
        private final LanguageDetector detector;
        private int maxAttempts = 3;
        private int chunkTokens = 1500;
        private TokenCounter tokenCounter = TranslatorSettings.estimatingCounter();
        private int contextPairs = 4;
        private double minRatio = 0.3;
        private double maxRatio = 3.0;
        private int minRatioBytes = 40;
        private int minLetters = 40;
        private double retryTemperature = 0.7;
        private AdequacyMode adequacy = AdequacyMode.BOTH;
        private int judgeAttempts = 3;
        private ChatModel judgeModel;
        private boolean forecast;

        private Builder(ChatModel model, LanguagePacks packs, LanguageDetector detector) {
            this.model = Objects.requireNonNull(model, "model");
            this.packs = Objects.requireNonNull(packs, "packs");
            this.detector = Objects.requireNonNull(detector, "detector");
        }

        /** Attempts per chunk before rejecting the item (default 3). */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /** Token budget of one chunk of a long turn (default 1500). */
        public Builder chunkTokens(int value) {
            chunkTokens = value;
            return this;
        }

        /** Token counter for chunking (default: UTF-8 bytes / 4). */
        public Builder tokenCounter(TokenCounter value) {
            tokenCounter = Objects.requireNonNull(value, "tokenCounter");
            return this;
        }

        /** Earlier (source, translation) pairs sent as context (default 4). */
        public Builder contextPairs(int value) {
            contextPairs = value;
            return this;
        }

        /** Accepted range of translated/source UTF-8 size (default 0.3 to 3.0, texts of 40+ bytes). */
        public Builder lengthRatio(double min, double max) {
            minRatio = min;
            maxRatio = max;
            return this;
        }

        /** Texts with fewer letters skip language identification (default 40). */
        public Builder minLettersForLanguageCheck(int value) {
            minLetters = value;
            return this;
        }

        /** Temperature of retries (default 0.7; first attempts use 0). */
        public Builder retryTemperature(double value) {
            retryTemperature = value;
            return this;
        }

        /** Which meaning checks run (default {@link AdequacyMode#BOTH}). */
        public Builder adequacy(AdequacyMode value) {
            adequacy = Objects.requireNonNull(value, "adequacy");
            return this;
        }

        /** The model that back-translates and judges (default: the translating model). */
        public Builder adequacyModel(ChatModel value) {
            judgeModel = Objects.requireNonNull(value, "adequacyModel");
            return this;
        }

        /** Judge attempts per chunk before a malformed verdict is thrown as an error (default 3). */
        public Builder judgeAttempts(int value) {
            judgeAttempts = value;
            return this;
        }

        /**
         * Forecast mode (default off): every check counts as passed, so each call a successful run would make is
         * made once, meaning checks included. For dry runs against a forecasting model; output is not verified.
         */
        public Builder forecastCalls(boolean value) {
            forecast = value;
            return this;
        }

        /** Validates and builds. */
        public VerifiedTranslator build() {
            return new VerifiedTranslator(this, new TranslatorSettings(maxAttempts, chunkTokens, tokenCounter,
                    contextPairs, minRatio, maxRatio, minRatioBytes, minLetters, retryTemperature, adequacy, judgeAttempts,
                    forecast));
        }
    }
}
