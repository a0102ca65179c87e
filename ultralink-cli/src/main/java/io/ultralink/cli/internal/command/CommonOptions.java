package io.ultralink.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command takes. Each names its config key in its description. Not API. */
public final class CommonOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration file. Command-line options override its keys.")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder of the dataset, the run manifest and the card (config: output).")
    Path output;

    @Option(names = "--languages", split = ",", paramLabel = "CODE",
            description = "Target languages, comma-separated pack codes, default en,zh,ru,fr,es (config: languages).")
    List<String> languages;

    @Option(names = "--pack", paramLabel = "FILE",
            description = "Language pack file (YAML) to add to the built-in packs, or to replace the built-in pack "
                    + "of its language; repeatable. Write one with 'ultralink pack init' (config: packs).")
    List<Path> packs;

    @Option(names = "--seed", paramLabel = "N",
            description = "Run seed every random choice derives from, default 42 (config: seed).")
    Long seed;

    @Option(names = {"-q", "--quiet"},
            description = "No progress output; errors and the final summary only (config: progress.quiet).")
    Boolean quiet;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "Progress as 'text' (bars) or 'json' (one JSON object a line on stderr) (config: progress.logFormat).")
    String logFormat;

    @Option(names = "--rerun-changed",
            description = "Redo exactly the work an earlier run made with other settings (model, prompts, "
                    + "generation settings, checks) and reuse the rest; without it such work stops the run with "
                    + "exit 2 (config: resume.rerunChanged).")
    Boolean rerunChanged;

    @Option(names = "--fresh",
            description = "Discard the earlier work in the output folder and start over; the response cache "
                    + "is kept (config: resume.fresh).")
    Boolean fresh;

    @Option(names = "--verbose", description = "Print stack traces with errors.")
    boolean verbose;
}
