package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink generate}. Not API. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, header = "Segments -> multi-turn language-specific dialogues.",
        description = {"Language-specific dialogues: for each segment, ask the model a first question and its answer, "
                + "then in-depth or expansive follow-ups until the dialogue ends at random (the paper's 0.1, 0.2, "
                + "0.4, ... ending probabilities). Truncated, too short or wrong-language turns are rejected and counted.",
                "Reads the segments file, writes OUTPUT/{lang}_chat_specific.jsonl. Resumes where an earlier run stopped."})
final class GenerateCommand extends AbstractCommand {

    @Mixin
    PrepareOptions prepare;

    @Mixin
    GenerateOptions generate;

    @Mixin
    BackendOptions backend;

    @Override
    List<String> stages() {
        return List.of("generate");
    }
}
