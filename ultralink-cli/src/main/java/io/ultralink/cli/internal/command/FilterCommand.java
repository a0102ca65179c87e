package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink filter}. Not API. */
@Command(name = "filter", mixinStandardHelpOptions = true, sortOptions = false, header = "Drop culture-specific English chat before translation.",
        description = {"Culture filter: the model judges whether each English chat conversation depends on one culture "
                + "(people, places, customs, history, religion, folklore, food, brands, ...); only culture-free "
                + "conversations go on to translation. Maths and code skip this stage.",
                "Reads the ShareGPT input, writes the kept and dropped conversations with reasons to OUTPUT/work/."})
final class FilterCommand extends AbstractCommand {

    @Mixin
    SourceOptions sources;

    @Mixin
    AgnosticOptions agnostic;

    @Mixin
    BackendOptions backend;

    @Mixin
    InputOptions input;

    @Override
    List<String> stages() {
        return List.of("filter");
    }
}
