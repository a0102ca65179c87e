package io.ultralink.cli.internal;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.cli.progress.Progress;
import io.ultralink.cli.spend.ForecastingChatModel;
import io.ultralink.cli.spend.LimitingChatModel;
import io.ultralink.error.UltraLinkException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelConfig;
import io.ultralink.llm.batch.WaveChatModel;
import io.ultralink.llm.cache.CachingChatModel;
import io.ultralink.llm.cache.ResponseCache;
import io.ultralink.llm.usage.MeteringChatModel;
import io.ultralink.llm.usage.ModelPrice;
import io.ultralink.llm.usage.PriceTable;
import io.ultralink.llm.usage.UsageLedger;
import io.ultralink.run.RunStore;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Builds the chat models of one invocation on first use: the forecaster in a dry run, else the
 * chosen (or given) backend metered and capped at every attempt, behind the response cache; and the
 * adequacy model beside it. Owns what it created and closes it. Not API.
 */
final class SessionModels {

    private final ResolvedConfig config;
    private final CliContext context;
    private final UsageLedger ledger;
    private final RunStore store;
    private final Progress progress;
    private final RunManifest manifest;
    private final Supplier<TokenCounter> tokenCounter;
    private final List<LimitingChatModel> limiters = new ArrayList<>();
    private ChatModel model;
    private ChatModel created;
    private ChatModel adequacy;
    private ChatModel adequacyCreated;
    private ResponseCache cache;
    private boolean cacheRefused;
    private BatchBackend batch;
    private BatchBackend adequacyBatch;

    SessionModels(ResolvedConfig config, CliContext context, UsageLedger ledger, RunStore store, Progress progress,
            RunManifest manifest, Supplier<TokenCounter> tokenCounter) {
        this.config = config;
        this.context = context;
        this.ledger = ledger;
        this.store = store;
        this.progress = progress;
        this.manifest = manifest;
        this.tokenCounter = tokenCounter;
    }

    /** The model every stage uses (see {@link RunSession#chatModel()}). */
    synchronized ChatModel chatModel() {
        if (model != null) {
            return model;
        }
        String backendDescription;
        if (config.dryRun()) {
            String priced = config.backend().model() != null ? config.backend().model() : PriceTable.DEFAULT;
            model = new ForecastingChatModel(tokenCounter.get(), ledger, priced);
            backendDescription = "dry run (forecast only, no model called)";
        } else {
            if (context.chatModel().isPresent()) {
                created = null;
                backendDescription = "given programmatically: " + context.chatModel().get().modelName();
                model = metered(context.chatModel().get());
            } else if (config.batchMode()) {
                BackendResolver.Choice choice = new BackendResolver(config, context.env())
                        .choose(SessionProgress.downloads(progress));
                batch = BatchBackend.open(choice, config, store, progress);
                backendDescription = context.redactor().redact(choice.description())
                        + " (batch API, waves of up to " + config.waveSize() + ")";
                progress.info("backend: " + backendDescription);
                model = metered(batch.waves(), ModelPrice.Channel.BATCH);
            } else {
                BackendResolver.Choice choice = new BackendResolver(config, context.env())
                        .choose(SessionProgress.downloads(progress));
                progress.info("backend: " + context.redactor().redact(choice.description()));
                created = BackendResolver.create(choice, this::metered, config.backend().concurrency());
                model = created;
                backendDescription = context.redactor().redact(choice.description());
            }
            model = cached(model);
        }
        manifest.put("backend", backendDescription);
        manifest.put("model", model.modelName());
        return model;
    }

    /** The back-translation and judging model (see {@link RunSession#adequacyModel()}). */
    synchronized ChatModel adequacyModel() {
        String name = config.translate().adequacyModel();
        ChatModel main = chatModel();
        if (name == null || name.isBlank() || config.dryRun() || context.chatModel().isPresent()) {
            return main;
        }
        if (adequacy == null) {
            BackendResolver.Choice choice = new BackendResolver(config, context.env())
                    .choose(SessionProgress.downloads(progress));
            Map<String, String> settings = new LinkedHashMap<>(choice.settings().values());
            boolean embedded = choice.provider().equals(BackendResolver.EMBEDDED);
            settings.put(embedded ? "model-file" : "model", embedded ? config.path(name).orElseThrow().toString() : name);
            BackendResolver.Choice adequacyChoice = new BackendResolver.Choice(choice.provider(),
                    new ChatModelConfig(settings), choice.description() + " (adequacy: " + name + ")");
            if (batch != null) {
                adequacyBatch = BatchBackend.open(adequacyChoice, config, store, progress, BatchBackend.ADEQUACY_JOURNAL);
                adequacy = cached(metered(adequacyBatch.waves(), ModelPrice.Channel.BATCH));
            } else {
                adequacyCreated = BackendResolver.create(adequacyChoice, this::metered, config.backend().concurrency());
                adequacy = cached(adequacyCreated);
            }
            manifest.put("adequacyModel", name);
        }
        return adequacy;
    }

    /** Stops the run if a cap refused a call that a pipeline recorded as an item failure. */
    synchronized void checkLimits() {
        limiters.forEach(LimitingChatModel::rethrowIfTripped);
    }

    /** The wave model of batch mode (see {@link RunSession#waves()}). */
    synchronized Optional<WaveChatModel> waves() {
        chatModel();
        return Optional.ofNullable(batch).map(BatchBackend::waves);
    }

    synchronized boolean hasChatModel() {
        return model != null;
    }

    /** Every attempt of the bare backend, retries included, is metered and capped here. */
    private ChatModel metered(ChatModel backend) {
        return metered(backend, ModelPrice.Channel.ONLINE);
    }

    private ChatModel metered(ChatModel backend, ModelPrice.Channel channel) {
        UltraLinkConfig.Limits limits = config.limits();
        LimitingChatModel limiter = new LimitingChatModel(new MeteringChatModel(backend, ledger, channel), ledger,
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

    /** Closes the backend this class created and the response cache. */
    synchronized void closeBackendAndCache() {
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
    }

    /** Closes the adequacy backend, if one was created. */
    synchronized void closeAdequacy() {
        if (adequacyCreated != null) {
            adequacyCreated.close();
        }
    }
}
