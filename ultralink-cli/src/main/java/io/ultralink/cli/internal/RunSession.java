package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.progress.Progress;
import io.ultralink.cli.spend.SpendLedger;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.usage.PriceTable;
import io.ultralink.run.RunStore;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one command invocation shares: configuration, output, run store, spend ledger,
 * progress, manifest, the token counter and the chat models (created on first use), and the
 * {@link StageState} stages hand on. The parts live in their own classes: {@link ConfigChecks},
 * {@link ConfiguredPrices}, {@link SessionProgress}, {@link SessionManifest}, {@link SessionModels}.
 * Not API.
 */
public final class RunSession implements AutoCloseable {

    private final ResolvedConfig config;
    private final CliContext context;
    private final SpendLedger ledger = new SpendLedger();
    private final Progress progress;
    private final RunManifest manifest;
    private final String command;
    private final LanguagePacks packs;
    private final RunStore store;
    private final SessionModels models;
    private final StageState state = new StageState();
    private TokenCounter counter;
    private LanguageDetector detector;

    /**
     * @param config the configuration
     * @param context streams, environment, injected model
     * @param command the command name, for the manifest
     */
    public RunSession(ResolvedConfig config, CliContext context, String command) {
        this.config = Objects.requireNonNull(config, "config");
        this.context = Objects.requireNonNull(context, "context");
        this.command = Objects.requireNonNull(command, "command");
        this.packs = PackSource.load(config);
        ConfigChecks.validate(config, packs);
        PriceTable prices = ConfiguredPrices.of(config);
        this.progress = SessionProgress.create(config, context.err(), ledger);
        this.store = RunStore.builder(config.output()).owner("ultralink " + command).resumeMode(config.resumeMode())
                .open();
        try {
            this.manifest = SessionManifest.open(config, command, context.redactor());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        this.models = new SessionModels(config, context, ledger, prices, progress, manifest, this::tokenCounter);
    }

    /** @return the command being run ({@code run}, {@code prepare}, ...) */
    public String command() {
        return command;
    }

    /** @return whether this is the whole build, where stages without inputs are skipped, not errors */
    public boolean wholeRun() {
        return command.equals("run");
    }

    /** @return the configuration */
    public ResolvedConfig config() {
        return config;
    }

    /** @return streams and environment */
    public CliContext context() {
        return context;
    }

    /** @return the run store holding the output folder: its lock, resume mode and files */
    public RunStore store() {
        return store;
    }

    /** @return the spend ledger */
    public SpendLedger ledger() {
        return ledger;
    }

    /** @return progress reporting */
    public Progress progress() {
        return progress;
    }

    /** @return the run manifest */
    public RunManifest manifest() {
        return manifest;
    }

    /** @return the output folder */
    public Path output() {
        return config.output();
    }

    /** @return the shared token counter */
    public synchronized TokenCounter tokenCounter() {
        if (counter == null) {
            String enc = config.prepare().encoding();
            counter = JtokkitTokenCounter.of(enc == null ? JtokkitTokenCounter.DEFAULT_ENCODING : enc);
        }
        return counter;
    }

    /**
     * The chat model every stage uses: in a dry run the forecaster; otherwise the chosen backend,
     * metered and capped.
     *
     * @return the model
     */
    public ChatModel chatModel() {
        return models.chatModel();
    }

    /**
     * The model that back-translates and judges translations: {@code translate.adequacyModel} at the chosen
     * backend (another model name for an API provider, another GGUF file for the embedded one), metered and
     * capped with the rest; the stages' model when unset or in a dry run.
     *
     * @return the model
     */
    public ChatModel adequacyModel() {
        return models.adequacyModel();
    }

    /** Stops the run if a cap refused a call that a pipeline recorded as an item failure. */
    public void checkLimits() {
        models.checkLimits();
    }

    /** @return the language packs: built-in, class path, and the files of config key packs */
    public LanguagePacks packs() {
        return packs;
    }

    /** @return the language detector over the packs' languages, shared */
    public synchronized LanguageDetector detector() {
        if (detector == null) {
            detector = LinguaLanguageDetector.forPacks(packs().all());
        }
        return detector;
    }

    /** @return the Traditional-to-Simplified normaliser */
    public ScriptNormaliser normaliser() {
        return OpenCcScriptNormaliser.create();
    }

    /** @return what the stages of this invocation hand on to each other (filtered chat, pruned selections) */
    public StageState state() {
        return state;
    }

    /**
     * @return the work folder for intermediate files: OUTPUT/work, or OUTPUT/work-dry-run in a dry
     *     run (deleted at its end, so a forecast never leaves state a real run would resume from)
     */
    public Path work() {
        return output().resolve(config.dryRun() ? "work-dry-run" : "work");
    }

    /** Deletes the work folder of a dry run. */
    public void discardDryRunWork() {
        if (!config.dryRun()) {
            return;
        }
        Path dir = work();
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new io.ultralink.error.UltraLinkException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @return whether a chat model was created or given */
    public boolean hasChatModel() {
        return models.hasChatModel();
    }

    @Override
    public synchronized void close() {
        try {
            models.closeBackendAndCache();
        } finally {
            store.close();
        }
        models.closeAdequacy();
    }
}
