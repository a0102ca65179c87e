package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink mix}. Not API. */
@Command(name = "mix", mixinStandardHelpOptions = true, sortOptions = false, header = "Write OUTPUT/{lang}_{type}.jsonl from all the stages' results.",
        description = {"Mixing: gather the language-specific dialogues and the translated language-agnostic data into "
                + "one file per language and type, OUTPUT/{lang}_{type}.jsonl, in the chosen record format."})
final class MixCommand extends AbstractCommand {

    @Mixin
    AgnosticOptions agnostic;

    @Override
    List<String> stages() {
        return List.of("mix");
    }
}
