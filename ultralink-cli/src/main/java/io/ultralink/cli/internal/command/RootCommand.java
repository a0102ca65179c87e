package io.ultralink.cli.internal.command;

import io.ultralink.cli.internal.CliContext;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ultralink} command itself. Not API. */
@Command(name = "ultralink", mixinStandardHelpOptions = true, version = "ultralink 0.1.0-SNAPSHOT",
        description = {"Builds multilingual SFT datasets the UltraLink way (ACL 2024): language-specific dialogues "
                + "grounded in Wikipedia, and culture-filtered, verified translations of English chat, maths and code.",
                "",
                "Every option has a key in the YAML config file, named at the end of its description; options "
                + "override the file. API keys come from environment variables (OPENAI_API_KEY, ANTHROPIC_API_KEY, "
                + "AZURE_OPENAI_API_KEY, or the one --api-key-env names), never from the file.",
                "",
                "Start with: ultralink run examples/quickstart.yaml"},
        subcommands = {PrepareCommand.class, GenerateCommand.class, FilterCommand.class, TranslateCommand.class,
            PruneCommand.class, MixCommand.class, StatsCommand.class, RunCommand.class, PackCommand.class,
            picocli.CommandLine.HelpCommand.class})
public final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    /** @param context streams, environment and an optional injected model */
    public RootCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** @return the shared context */
    public CliContext context() {
        return context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
