package io.ultralink.cli.internal.command;

import picocli.CommandLine.Option;

/** Options of dialogue generation. Not API. */
public final class GenerateOptions {

    @Option(names = "--segments-per-language", paramLabel = "N",
            description = "Use at most N segments per language, 0 for all (config: generate.segmentsPerLanguage).")
    Integer segmentsPerLanguage;

    @Option(names = "--max-turns", paramLabel = "N",
            description = "Most question/answer pairs per dialogue (config: generate.maxTurns).")
    Integer maxTurns;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Completion token limit of each generation call (config: generate.maxTokens).")
    Integer maxTokens;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Dialogue quality preset: default, or strict (an LLM judge checks that every answer is "
                    + "supported by its segment, one more call per answer) (config: generate.preset).")
    String preset;

    @Option(names = "--temperature", paramLabel = "T",
            description = "Sampling temperature of generation (config: generate.temperature).")
    Double temperature;
}
