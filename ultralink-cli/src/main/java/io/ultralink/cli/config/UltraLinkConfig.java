package io.ultralink.cli.config;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration of an UltraLink build, as read from YAML. Every field may be absent in
 * the file; the accessors of {@link ResolvedConfig} apply the documented defaults.
 *
 * @param languages target languages (pack codes), default {@code [en, zh, ru, fr, es]}
 * @param output output folder; relative paths resolve against the config file's folder
 * @param seed the run seed every random choice derives from, default 42
 * @param offline forbid all network access (no model download, no API backend)
 * @param dryRun forecast calls, tokens and cost without calling any model
 * @param backend the chat model backend
 * @param defaultModel the GGUF model downloaded on first use when no backend is configured
 * @param prepare knowledge preparation (dumps to segments)
 * @param generate language-specific dialogue generation
 * @param sources English language-agnostic inputs
 * @param filter the culture filter
 * @param translate the translator
 * @param prune per-language budgets
 * @param mix mixing into {@code {lang}_{type}.jsonl}
 * @param limits caps that stop a real run cleanly
 * @param prices price table, model name (or {@code default}) to USD per million tokens
 * @param progress progress display
 * @param packs language pack files ({@code .yaml}) added to the built-in packs, replacing a built-in pack
 *     of the same language; relative paths resolve against the config file's folder
 * @param input how bad and over-large input is treated
 * @param resume what a run does with earlier work in the output folder
 * @param cache the call-level response cache
 */
public record UltraLinkConfig(List<String> languages, String output, Long seed, Boolean offline, Boolean dryRun,
        Backend backend, DefaultModel defaultModel, Prepare prepare, Generate generate, Sources sources,
        Filter filter, Translate translate, Prune prune, Mix mix, Limits limits, Map<String, Price> prices,
        Progress progress, List<String> packs, Input input, Resume resume, Cache cache) {

    /**
     * The chat model backend.
     *
     * @param provider {@code openai}, {@code azure-openai}, {@code anthropic} or {@code llamacpp}
     * @param model the model name sent to an API backend
     * @param baseUrl the API base URL (OpenAI-compatible servers)
     * @param apiKeyEnv the environment variable holding the API key
     * @param modelFile a GGUF file for the embedded llama.cpp backend
     * @param contextSize context window of the embedded backend
     * @param threads CPU threads of the embedded backend
     * @param concurrency concurrent calls
     * @param options extra provider settings passed through verbatim
     */
    public record Backend(String provider, String model, String baseUrl, String apiKeyEnv, String modelFile,
            Integer contextSize, Integer threads, Integer concurrency, Map<String, String> options) {
    }

    /**
     * The model downloaded on first use.
     *
     * @param url where to download it (https), default the built-in model at {@code revision}
     * @param revision the revision of the built-in model's repository, default {@code main} (a moving branch)
     * @param fileName a plain file name in the cache folder
     * @param sha256 expected SHA-256 (hex); a download that does not match is deleted
     * @param allowUnpinned accept a moving revision without {@code sha256}, recording the SHA-256 of the first
     *     download
     * @param sizeBytes expected size; taken from the server on first download when absent
     * @param cacheDir the cache folder, default {@code ~/.cache/ultralink/models}
     */
    public record DefaultModel(String url, String revision, String fileName, String sha256, Boolean allowUnpinned,
            Long sizeBytes, String cacheDir) {
    }

    /**
     * Knowledge preparation.
     *
     * @param dumps MediaWiki XML dumps ({@code .xml}, {@code .xml.bz2}) named {@code {lang}wiki-...}
     * @param segments the segments file written (default {@code segments.jsonl} in the output folder)
     * @param documentTokens document length bounds
     * @param segmentTokens segment length bounds
     * @param encoding tokenizer encoding, {@code cl100k_base} or {@code o200k_base}
     * @param language the language of every dump (a pack code), for dumps whose file name does not say it
     * @param keepReferenceSections keep the See also / References / External links ... sections the packs
     *     name (default false: dropped while cleaning, and counted in the report)
     */
    public record Prepare(List<String> dumps, String segments, Range documentTokens, Range segmentTokens,
            String encoding, String language, Boolean keepReferenceSections) {
    }

    /**
     * A closed range of token counts.
     *
     * @param min lower bound
     * @param max upper bound
     */
    public record Range(Integer min, Integer max) {
    }

    /**
     * Dialogue generation.
     *
     * @param segmentsPerLanguage at most this many segments per language (0 = all)
     * @param maxTurns most question/answer pairs per dialogue
     * @param maxTokens completion token limit per call
     * @param temperature sampling temperature
     * @param preset {@code default}, or {@code strict} (an LLM groundedness judge checks every answer)
     */
    public record Generate(Integer segmentsPerLanguage, Integer maxTurns, Integer maxTokens, Double temperature,
            String preset) {
    }

    /**
     * English inputs of the language-agnostic pipeline.
     *
     * @param sharegpt ShareGPT chats (JSON array or JSONL)
     * @param metamath MetaMathQA items (JSON array or JSONL)
     * @param magicoder Magicoder items (JSONL)
     * @param humaneval HumanEval problems (JSONL)
     */
    public record Sources(String sharegpt, String metamath, String magicoder, String humaneval) {
    }

    /**
     * The culture filter.
     *
     * @param enabled run it (default true)
     * @param maxAttempts judge attempts per conversation before it is recorded as an error (default 3)
     */
    public record Filter(Boolean enabled, Integer maxAttempts) {
    }

    /**
     * The translator.
     *
     * @param chunkTokens longer texts are translated in chunks of about this many tokens
     * @param maxAttempts attempts per chunk before the item is recorded as rejected (default 3)
     * @param adequacy meaning checks: {@code both} (default), {@code backtranslation}, {@code judge} or {@code off}
     * @param adequacyModel the model that back-translates and judges, by name at the same API provider, or a GGUF
     *     file for the embedded backend (default: the translating model)
     */
    public record Translate(Integer chunkTokens, Integer maxAttempts, String adequacy, String adequacyModel) {
    }

    /**
     * Per-language budgets of the language-agnostic data (non-English languages).
     *
     * @param chat chat conversations per language (0 = all)
     * @param math maths items per language, the paper's 32K by default
     * @param code code items per language, the paper's 16K by default
     */
    public record Prune(Integer chat, Integer math, Integer code) {
    }

    /**
     * Mixing.
     *
     * @param format output record format: {@code ultralink}, {@code openai} or {@code sharegpt}
     */
    public record Mix(String format) {
    }

    /**
     * Caps that stop a real run cleanly; rerunning resumes.
     *
     * @param maxCalls most model calls in this run
     * @param maxCost most spend in USD in this run, by the price table
     */
    public record Limits(Long maxCalls, Double maxCost) {
    }

    /**
     * A price: USD per million tokens.
     *
     * @param prompt per million prompt tokens
     * @param cachedPrompt per million prompt tokens served from the provider's cache (default: prompt)
     * @param completion per million completion tokens
     */
    public record Price(Double prompt, Double cachedPrompt, Double completion) {
    }

    /**
     * Progress display.
     *
     * @param quiet print nothing but errors and the final summary
     * @param logFormat {@code text} (progress bars) or {@code json} (one JSON object per line)
     */
    public record Progress(Boolean quiet, String logFormat) {
    }

    /**
     * How bad and over-large input is treated.
     *
     * @param badLines {@code fail} (default: stop at the first record that is not valid UTF-8, JSON or the
     *     source's format, naming its file and line) or {@code skip} (report it, skip it, read on)
     * @param maxLineBytes JSONL lines longer than this are dropped and counted, default 2097152 (2 MiB)
     * @param maxPageBytes dump pages whose text is longer than this are dropped and counted, default 2097152
     */
    public record Input(String badLines, Long maxLineBytes, Long maxPageBytes) {
    }

    /**
     * What a run does with work an earlier run left in the output folder. By default work made under
     * the same fingerprint is reused and work made under another stops the run (exit 2) naming what
     * changed.
     *
     * @param rerunChanged redo exactly the units made under another fingerprint, reuse the rest
     * @param fresh discard the output folder's earlier work and start over (the response cache stays)
     */
    public record Resume(Boolean rerunChanged, Boolean fresh) {
    }

    /**
     * The call-level response cache: a model answer to an identical request (backend, base URL, model,
     * messages, sampling settings) is replayed instead of paid for again.
     *
     * @param enabled use it (default true; dry runs never do)
     * @param path the SQLite file, default {@code cache/responses.sqlite} in the output folder
     */
    public record Cache(Boolean enabled, String path) {
    }
}
