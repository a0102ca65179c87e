package io.ultralink.cli.internal.command;

import picocli.CommandLine.Option;

/** Options of the culture filter, the translator, pruning and mixing. Not API. */
public final class AgnosticOptions {

    @Option(names = "--filter", negatable = true,
            description = "Run the culture filter on chat data, default on (config: filter.enabled).")
    Boolean filterEnabled;

    @Option(names = "--filter-attempts", paramLabel = "N",
            description = "Judge attempts per conversation before it is recorded as an error, default 3 "
                    + "(config: filter.maxAttempts).")
    Integer filterAttempts;

    @Option(names = "--translate-chunk-tokens", paramLabel = "N",
            description = "Translate longer texts in chunks of about N tokens (config: translate.chunkTokens).")
    Integer translateChunkTokens;

    @Option(names = "--translate-attempts", paramLabel = "N",
            description = "Attempts per chunk before the item is recorded as rejected, default 3 "
                    + "(config: translate.maxAttempts).")
    Integer translateAttempts;

    @Option(names = "--adequacy", paramLabel = "MODE",
            description = "Meaning checks of every translated chunk: both (back-translation scored with chrF, then an "
                    + "LLM judge; the default), backtranslation, judge or off (config: translate.adequacy).")
    String adequacy;

    @Option(names = "--adequacy-model", paramLabel = "NAME",
            description = "Model that back-translates and judges: a model name at the same API provider, or a GGUF "
                    + "file for the embedded backend; default the translating model (config: translate.adequacyModel).")
    String adequacyModel;

    @Option(names = "--chat-budget", paramLabel = "N",
            description = "Agnostic chat conversations per non-English language, 0 for all (config: prune.chat).")
    Integer chatBudget;

    @Option(names = "--math-budget", paramLabel = "N",
            description = "Maths items per non-English language, default 32000 (config: prune.math).")
    Integer mathBudget;

    @Option(names = "--code-budget", paramLabel = "N",
            description = "Code items per non-English language, default 16000 (config: prune.code).")
    Integer codeBudget;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Record format of the mixed files: ultralink, openai or sharegpt (config: mix.format).")
    String format;
}
