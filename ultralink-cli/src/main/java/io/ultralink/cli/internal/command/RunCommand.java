package io.ultralink.cli.internal.command;

import io.ultralink.cli.internal.Stages;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ultralink run}. Not API. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, header = "The whole build from one YAML config, all stages in order.",
        description = {"The whole UltraLink build from one YAML config: prepare -> generate -> filter -> translate -> "
                + "prune -> mix -> stats, writing the dataset, run-manifest.json and the dataset card into the output "
                + "folder. Every stage resumes where an earlier run stopped.",
                "",
                "Backend, in this order: a configured API backend (--backend, or OPENAI_API_KEY / OPENAI_BASE_URL / "
                + "--base-url present); else the embedded llama.cpp backend with --model-file; else the embedded backend "
                + "with a small default model (Qwen2.5-0.5B-Instruct Q4_K_M, Apache-2.0, about 0.4 GB) downloaded on "
                + "first use into ~/.cache/ultralink/models, resumable and verified. --offline forbids the download.",
                "",
                "Exit codes: 0 done, 1 run-time failure, 2 bad usage or configuration or a stage missing from this "
                + "build, 3 stopped cleanly at --max-calls or --max-cost (run again to resume)."})
final class RunCommand extends AbstractCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "YAML configuration file (same as --config).")
    Path configFile;

    @Mixin
    BackendOptions backend;

    @Mixin
    PrepareOptions prepare;

    @Mixin
    GenerateOptions generate;

    @Mixin
    SourceOptions sources;

    @Mixin
    AgnosticOptions agnostic;

    @Mixin
    InputOptions input;

    @Mixin
    PageSizeOptions pageSize;

    @Override
    List<String> stages() {
        return Stages.ORDER;
    }

    @Override
    Path positionalConfig() {
        return configFile;
    }
}
