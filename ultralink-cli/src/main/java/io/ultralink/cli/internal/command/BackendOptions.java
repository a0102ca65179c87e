package io.ultralink.cli.internal.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options choosing and capping the chat model. Not API. */
public final class BackendOptions {

    @Option(names = "--backend", paramLabel = "NAME",
            description = "Backend: openai, azure-openai, anthropic or llamacpp. Default: openai when an API key "
                    + "or base URL is set, else llamacpp (config: backend.provider).")
    String provider;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Model name sent to an API backend (config: backend.model).")
    String model;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "API base URL of an OpenAI-compatible server; also read from OPENAI_BASE_URL (config: backend.baseUrl).")
    String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key, default OPENAI_API_KEY (ANTHROPIC_API_KEY, "
                    + "AZURE_OPENAI_API_KEY for those backends) (config: backend.apiKeyEnv).")
    String apiKeyEnv;

    @Option(names = "--model-file", paramLabel = "GGUF",
            description = "GGUF model for the embedded llama.cpp backend (config: backend.modelFile).")
    Path modelFile;

    @Option(names = "--context-size", paramLabel = "TOKENS",
            description = "Context window of the embedded backend (config: backend.contextSize).")
    Integer contextSize;

    @Option(names = "--threads", paramLabel = "N",
            description = "CPU threads of the embedded backend (config: backend.threads).")
    Integer threads;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Concurrent model calls (config: backend.concurrency).")
    Integer concurrency;

    @Option(names = "--offline",
            description = "Forbid network access: no model download, no API backend (config: offline).")
    Boolean offline;

    @Option(names = "--default-model-url", paramLabel = "URL",
            description = "Where the default GGUF model is downloaded from on first use (config: defaultModel.url).")
    String defaultModelUrl;

    @Option(names = "--allow-unpinned-model",
            description = "Accept a default model on a moving revision without a pinned SHA-256: the first download "
                    + "is trusted and its SHA-256 recorded (config: defaultModel.allowUnpinned).")
    Boolean allowUnpinnedModel;

    @Option(names = "--model-cache-dir", paramLabel = "DIR",
            description = "Cache folder of downloaded models, default ~/.cache/ultralink/models (config: defaultModel.cacheDir).")
    Path modelCacheDir;

    @Option(names = "--cache", negatable = true, fallbackValue = "true",
            description = "Replay answers to identical requests from the response cache instead of calling the "
                    + "model again, so a resumed run pays nothing for finished turns; default on, --no-cache asks "
                    + "the model every time (config: cache.enabled).")
    Boolean cache;

    @Option(names = "--cache-file", paramLabel = "FILE",
            description = "The response cache's SQLite file, default cache/responses.sqlite in the output "
                    + "folder (config: cache.path).")
    Path cacheFile;

    @Option(names = "--dry-run",
            description = "Build every prompt and print a FORECAST of calls, tokens and cost per stage and "
                    + "language; no model is called or downloaded (config: dryRun).")
    Boolean dryRun;

    @Option(names = "--max-calls", paramLabel = "N",
            description = "Stop cleanly after N model calls; run again to resume (config: limits.maxCalls).")
    Long maxCalls;

    @Option(names = "--max-cost", paramLabel = "USD",
            description = "Stop cleanly once the spend by the price table reaches USD; run again to resume (config: limits.maxCost).")
    Double maxCost;
}
