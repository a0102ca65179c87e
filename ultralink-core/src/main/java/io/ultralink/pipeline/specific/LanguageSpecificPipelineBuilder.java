package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.ModelDialogueGenerator;
import io.ultralink.dialogue.PromptLayout;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.run.RunStore;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Builds a {@link LanguageSpecificPipeline}, from {@link LanguageSpecificPipeline#builder()};
 * {@link #build()} validates. Model, packs, detector, token counter and output folder are required.
 * The generation settings are handed to a {@link ModelDialogueGenerator.Builder}, whose documentation
 * they share.
 */
public final class LanguageSpecificPipelineBuilder {
    private final ModelDialogueGenerator.Builder generator = ModelDialogueGenerator.builder();
    private ChatModel model;
    private TokenCounter tokenCounter;
    private LanguagePacks packs;
    private long seed;
    private int concurrency = 4;
    private DialogueSettings settings = DialogueSettings.defaults();
    private PromptLayout layout;
    private Path outputDir;
    private boolean openAiOutput;
    private boolean retryFailed;
    private io.ultralink.llm.batch.WaveChatModel waves;
    private boolean sync;
    private BadLinePolicy badLinePolicy = BadLinePolicy.FAIL;
    private Progress.Listener listener;
    private RunStore store;

    LanguageSpecificPipelineBuilder() {
    }

    /** The model (required); the caller keeps ownership and closes it. */
    public LanguageSpecificPipelineBuilder model(ChatModel value) {
        model = value;
        generator.model(value);
        return this;
    }

    /** The language packs (required); every segment language needs one. */
    public LanguageSpecificPipelineBuilder packs(LanguagePacks value) {
        generator.packs(value);
        packs = value;
        return this;
    }

    /** Checks the language of every turn (required). */
    public LanguageSpecificPipelineBuilder detector(LanguageDetector value) {
        generator.detector(value);
        return this;
    }

    /** Normalises turns to the pack's script (default: unchanged). */
    public LanguageSpecificPipelineBuilder normaliser(ScriptNormaliser value) {
        generator.normaliser(value);
        return this;
    }

    /** Counts tokens for gates and statistics (required). */
    public LanguageSpecificPipelineBuilder tokenCounter(TokenCounter value) {
        tokenCounter = value;
        generator.tokenCounter(value);
        return this;
    }

    /** The run seed: same seed, same turn structure (default 0). */
    public LanguageSpecificPipelineBuilder seed(long value) {
        seed = value;
        generator.seed(value);
        return this;
    }

    /** Dialogues generated at once, {@code >= 1} (default 4). */
    public LanguageSpecificPipelineBuilder concurrency(int value) {
        concurrency = value;
        return this;
    }

    /** Generation settings (default {@link DialogueSettings#defaults()}). */
    public LanguageSpecificPipelineBuilder settings(DialogueSettings value) {
        settings = value;
        return this;
    }

    /** The prompt layout, overriding the one in the settings. */
    public LanguageSpecificPipelineBuilder layout(PromptLayout value) {
        layout = value;
        return this;
    }

    /** Where the output files go (required; created if missing). */
    public LanguageSpecificPipelineBuilder outputDir(Path value) {
        outputDir = value;
        return this;
    }

    /** Also write {@code {lang}_chat_specific.openai.jsonl} (default false). */
    public LanguageSpecificPipelineBuilder openAiOutput(boolean value) {
        openAiOutput = value;
        return this;
    }

    /** Generate again the segments that failed in earlier runs (default false). */
    public LanguageSpecificPipelineBuilder retryFailed(boolean value) {
        retryFailed = value;
        return this;
    }

    /** Force every line to the storage device, surviving power loss (default false: a process crash loses nothing anyway). */
    public LanguageSpecificPipelineBuilder sync(boolean value) {
        sync = value;
        return this;
    }

    /** What to do with a bad segment line (default {@link BadLinePolicy#FAIL}). */
    public LanguageSpecificPipelineBuilder badLinePolicy(BadLinePolicy value) {
        badLinePolicy = value;
        return this;
    }

    /** Receives a progress report after each segment (default none). */
    public LanguageSpecificPipelineBuilder progressListener(Progress.Listener value) {
        listener = value;
        return this;
    }

    /**
     * The run store to write through (default: one opened on the output folder for each run, with
     * {@link io.ultralink.run.ResumeMode#RESUME}). The caller keeps ownership; its lock, resume mode,
     * sync setting and file channels apply.
     */
    public LanguageSpecificPipelineBuilder runStore(RunStore value) {
        store = Objects.requireNonNull(value, "store");
        return this;
    }

    /**
     * Generates in turn-synchronous waves through a provider batch API: each dialogue joins
     * {@code value} while it runs, so a wave goes out as soon as every open dialogue waits on its next
     * call (default none: calls go out as they are made). Give the same model (or a decorator of it)
     * as {@link #model}; {@link #concurrency} is then the number of dialogues per wave. The plans,
     * prompts and records are those of an online run given the same answers.
     */
    public LanguageSpecificPipelineBuilder waves(io.ultralink.llm.batch.WaveChatModel value) {
        waves = Objects.requireNonNull(value, "waves");
        return this;
    }

    /**
     * Validates and builds.
     *
     * @throws NullPointerException naming a missing required setting
     * @throws IllegalArgumentException for a concurrency below 1
     */
    public LanguageSpecificPipeline build() {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
        }
        DialogueSettings effective = layout == null ? Objects.requireNonNull(settings, "settings")
                : Objects.requireNonNull(settings, "settings").withLayout(layout);
        RunConfig config = new RunConfig(model, packs, tokenCounter, seed, concurrency, effective, outputDir,
                openAiOutput, retryFailed, sync, badLinePolicy, listener, store, waves);
        return new LanguageSpecificPipeline(config, generator.settings(effective).build());
    }
}
