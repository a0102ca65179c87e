package io.ultralink.cli.internal.command;

import picocli.CommandLine.Option;

/** How bad and over-long records of the language-agnostic sources are treated. Not API. */
public final class InputOptions {

    @Option(names = "--bad-input", paramLabel = "POLICY",
            description = "A source record that is not valid UTF-8, JSON or its format: 'fail' stops naming its file "
                    + "and line (default), 'skip' reports it and reads on (config: input.badLines).")
    String badLines;

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "JSONL lines longer than N bytes are dropped and counted, never read whole, default "
                    + "2097152 (config: input.maxLineBytes).")
    Long maxLineBytes;
}
