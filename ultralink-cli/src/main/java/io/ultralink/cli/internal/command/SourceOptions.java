package io.ultralink.cli.internal.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** English inputs of the language-agnostic pipeline. Not API. */
public final class SourceOptions {

    @Option(names = "--sharegpt", paramLabel = "FILE",
            description = "ShareGPT chats, JSON array or JSONL (config: sources.sharegpt).")
    Path sharegpt;

    @Option(names = "--metamath", paramLabel = "FILE",
            description = "MetaMathQA items, JSON array or JSONL (config: sources.metamath).")
    Path metamath;

    @Option(names = "--magicoder", paramLabel = "FILE",
            description = "Magicoder items, JSONL (config: sources.magicoder).")
    Path magicoder;

    @Option(names = "--humaneval", paramLabel = "FILE",
            description = "HumanEval problems, JSONL (config: sources.humaneval).")
    Path humaneval;
}
