package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.cli.download.DownloadListener;
import io.ultralink.cli.progress.Progress;
import io.ultralink.cli.spend.ForecastingChatModel;
import io.ultralink.cli.spend.LimitingChatModel;
import io.ultralink.llm.usage.MeteringChatModel;

import io.ultralink.llm.usage.UsageLedger;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.cache.CachingChatModel;
import io.ultralink.llm.cache.ResponseCache;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.PriceTable;
import io.ultralink.model.LanguageCode;
import io.ultralink.run.RunStore;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything one command invocation shares: configuration, output, spend ledger, progress, the
 * token counter and the chat model (both created on first use). Not API.
 */
public final class RunSession implements AutoCloseable {

    private final ResolvedConfig config;
    private final CliContext context;
    private final UsageLedger ledger;
    private final PriceTable prices;
    private final Progress progress;
    private final RunManifest manifest;
    private final String command;
    private TokenCounter counter;
    private ChatModel model;
    private ChatModel created;
    private final java.util.List<LimitingChatModel> limiters = new java.util.ArrayList<>();
    private boolean cacheRefused;
    private ChatModel adequacy;
    private ChatModel adequacyCreated;
    private final LanguagePacks packs;
    private LanguageDetector detector;
    private final Map<String, Object> shared = new java.util.HashMap<>();
    private final RunStore store;
    private ResponseCache cache;
    private String backendDescription = "none";
    private BatchBackend batch;
    private BatchBackend adequacyBatch;

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
        validate(config, packs);
        this.prices = priceTable(config);
        this.ledger = new UsageLedger(prices);
        Progress.Mode mode = config.quiet() ? Progress.Mode.QUIET
                : config.logFormat().equals("json") ? Progress.Mode.JSON : Progress.Mode.TEXT;
        this.progress = Progress.create(mode, context.err(), ledger);
        this.store = RunStore.builder(config.output()).owner("ultralink " + command).resumeMode(config.resumeMode())
                .open();
        try {
            this.manifest = new RunManifest(config.output(), command, config.raw(),
                    config.dryRun() ? RunManifest.DRY_RUN_FILE : RunManifest.FILE);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        manifest.put("seed", Long.toString(config.seed()));
        manifest.put("dryRun", Boolean.toString(config.dryRun()));
        manifest.put("resume", config.resumeMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
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
    public UsageLedger ledger() {
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
    public synchronized ChatModel chatModel() {
        if (model != null) {
            return model;
        }
        if (config.dryRun()) {
            String priced = config.backend().model() != null ? config.backend().model() : PriceTable.DEFAULT;
            model = new ForecastingChatModel(tokenCounter(), ledger, priced);
            backendDescription = "dry run (forecast only, no model called)";
        } else {
            if (context.chatModel().isPresent()) {
                created = null;
                backendDescription = "given programmatically: " + context.chatModel().get().modelName();
                model = metered(context.chatModel().get());
            } else if (config.batchMode()) {
                BackendResolver.Choice choice = new BackendResolver(config, context.env())
                        .choose(downloadListener());
                batch = BatchBackend.open(choice, config, store, progress);
                backendDescription = choice.description() + " (batch API, waves of up to " + config.waveSize() + ")";
                progress.info("backend: " + backendDescription);
                model = metered(batch.waves(), ModelPrice.Channel.BATCH);
            } else {
                BackendResolver.Choice choice = new BackendResolver(config, context.env())
                        .choose(downloadListener());
                progress.info("backend: " + choice.description());
                created = BackendResolver.create(choice, this::metered);
                model = created;
                backendDescription = choice.description();
            }
            model = cached(model);
        }
        manifest.put("backend", backendDescription);
        manifest.put("model", model.modelName());
        return model;
    }

    /** Every attempt of the bare backend, retries included, is metered and capped here. */
    private ChatModel metered(ChatModel backend) {
        return metered(backend, ModelPrice.Channel.ONLINE);
    }

    private ChatModel metered(ChatModel backend, ModelPrice.Channel channel) {
        UltraLinkConfig.Limits limits = config.limits();
        LimitingChatModel limiter = new LimitingChatModel(new MeteringChatModel(backend, ledger, channel),
                ledger,
                limits.maxCalls() == null ? OptionalLong.empty() : OptionalLong.of(limits.maxCalls()),
                limits.maxCost() == null ? OptionalDouble.empty() : OptionalDouble.of(limits.maxCost()));
        limiters.add(limiter);
        return limiter;
    }

    /** The response cache in front of the model, unless turned off; a cache that cannot open is skipped with a warning. */
    private ChatModel cached(ChatModel backend) {
        if (!config.cacheEnabled() || cacheRefused) {
            return backend;
        }
        Path file = config.cacheFile();
        try {
            if (cache == null) {
                cache = ResponseCache.open(file);
            }
        } catch (UltraLinkException e) {
            cacheRefused = true;
            context.err().println("ultralink: warning: response cache " + file + " cannot be used, every call goes "
                    + "to the model: " + e.getMessage());
            return backend;
        }
        manifest.put("responseCache", file.toString());
        return new CachingChatModel(backend, cache, backend.identity(), (request, response) ->
                ledger.recordCacheHit(backend.modelName(), request));
    }

    /**
     * The model that back-translates and judges translations: {@code translate.adequacyModel} at the chosen
     * backend (another model name for an API provider, another GGUF file for the embedded one; in batch mode
     * through the batch API too, journalled apart), metered and capped with the rest; the stages' model when unset or in a dry run.
     *
     * @return the model
     */
    public synchronized ChatModel adequacyModel() {
        String name = config.translate().adequacyModel();
        ChatModel main = chatModel();
        if (name == null || name.isBlank() || config.dryRun() || context.chatModel().isPresent()) {
            return main;
        }
        if (adequacy == null) {
            BackendResolver.Choice choice = new BackendResolver(config, context.env()).choose(downloadListener());
            java.util.Map<String, String> settings = new java.util.LinkedHashMap<>(choice.settings().values());
            boolean embedded = choice.provider().equals(BackendResolver.EMBEDDED);
            settings.put(embedded ? "model-file" : "model", embedded ? config.path(name).orElseThrow().toString() : name);
            BackendResolver.Choice adequacyChoice = new BackendResolver.Choice(choice.provider(),
                    new io.ultralink.llm.ChatModelConfig(settings), choice.description() + " (adequacy: " + name + ")");
            if (batch != null) {
                adequacyBatch = BatchBackend.open(adequacyChoice, config, store, progress, BatchBackend.ADEQUACY_JOURNAL);
                adequacy = cached(metered(adequacyBatch.waves(), ModelPrice.Channel.BATCH));
            } else {
                adequacyCreated = BackendResolver.create(adequacyChoice, this::metered);
                adequacy = cached(adequacyCreated);
            }
            manifest.put("adequacyModel", name);
        }
        return adequacy;
    }

    /**
     * The wave model of batch mode, created with the chat model; stages join it so that a wave goes out as soon
     * as every open dialogue waits.
     *
     * @return the wave model, when the run is in batch mode
     */
    public synchronized java.util.Optional<io.ultralink.llm.batch.WaveChatModel> waves() {
        chatModel();
        return java.util.Optional.ofNullable(batch).map(BatchBackend::waves);
    }

    /** Stops the run if a cap refused a call that a pipeline recorded as an item failure. */
    public synchronized void checkLimits() {
        limiters.forEach(LimitingChatModel::rethrowIfTripped);
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

    /**
     * State stages of one invocation hand on to the next (filtered chat, pruned selections).
     *
     * @param key the name
     * @param compute how to make it when absent
     * @param <T> its type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T shared(String key, java.util.function.Supplier<T> compute) {
        Object v = shared.get(key);
        if (v == null) {
            v = compute.get();
            shared.put(key, v);
        }
        return (T) v;
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
    public synchronized boolean hasChatModel() {
        return model != null;
    }

    private DownloadListener downloadListener() {
        return new DownloadListener() {
            private Progress.Task task;
            private long last;

            @Override
            public void started(long totalBytes, long resumedFrom) {
                progress.info("downloading the default model" + (resumedFrom > 0 ? " (resuming at " + resumedFrom
                        + " bytes)" : "") + "; later runs use the cached copy");
                task = progress.start("download (KiB)", totalBytes < 0 ? -1 : totalBytes / 1024);
                last = resumedFrom / 1024;
                task.stepBy(last);
            }

            @Override
            public void progressed(long bytesSoFar) {
                long kib = bytesSoFar / 1024;
                if (kib > last) {
                    task.stepBy(kib - last);
                    last = kib;
                }
            }

            @Override
            public void finished() {
                if (task != null) {
                    task.close();
                }
            }
        };
    }

    private static void validate(ResolvedConfig config, LanguagePacks packs) {
        for (LanguageCode code : config.languages()) {
            if (packs.find(code).isEmpty()) {
                throw new ConfigurationException("config key 'languages' (option --languages): no language pack for '"
                        + code + "'; available: " + packs.codes() + ". Add one with --pack FILE (config key packs); "
                        + "'ultralink pack init " + code + " --from en' writes a scaffold");
            }
        }
        config.dumpLanguage().ifPresent(code -> {
            if (packs.find(code).isEmpty()) {
                throw new ConfigurationException("config key 'prepare.language' (option --language): no language "
                        + "pack for '" + code + "'; available: " + packs.codes());
            }
        });
        BackendResolver.checkProvider(config.backend().provider());
        config.batchMode();
        config.waveSize();
        config.batchPoll();
        config.logFormat();
        config.badLinePolicy();
        config.maxLineBytes();
        config.maxPageBytes();
    }

    private static PriceTable priceTable(ResolvedConfig config) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        config.prices().forEach((model, p) -> {
            double prompt = p.prompt() == null ? 0 : p.prompt();
            double cached = p.cachedPrompt() == null ? prompt : p.cachedPrompt();
            double completion = p.completion() == null ? 0 : p.completion();
            try {
                prices.put(model, new ModelPrice(prompt, cached, completion,
                        p.batchPrompt() == null ? prompt / 2 : p.batchPrompt(), cached / 2,
                        p.batchCompletion() == null ? completion / 2 : p.batchCompletion()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("config key prices." + model + ": " + e.getMessage(), e);
            }
        });
        return new PriceTable("USD", prices);
    }

    @Override
    public synchronized void close() {
        try {
            if (created != null) {
                created.close();
            }
            if (batch != null) {
                batch.close();
            }
            if (adequacyBatch != null) {
                adequacyBatch.close();
            }
            if (cache != null) {
                cache.close();
            }
        } finally {
            store.close();
        }
        if (adequacyCreated != null) {
            adequacyCreated.close();
        }
    }
}
