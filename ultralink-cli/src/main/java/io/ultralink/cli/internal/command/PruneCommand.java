package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink prune}. Not API. */
@Command(name = "prune", mixinStandardHelpOptions = true, sortOptions = false, header = "Choose the maths and code items each language keeps (seeded).",
        description = {"Pruning: choose, with the run seed, the maths and code items each non-English language keeps "
                + "(the paper's 32K maths and 16K code by default); English keeps everything.",
                "No model is called. Writes the selection to OUTPUT/work/."})
final class PruneCommand extends AbstractCommand {

    @Mixin
    SourceOptions sources;

    @Mixin
    AgnosticOptions agnostic;

    @Mixin
    InputOptions input;

    @Override
    List<String> stages() {
        return List.of("prune");
    }
}
