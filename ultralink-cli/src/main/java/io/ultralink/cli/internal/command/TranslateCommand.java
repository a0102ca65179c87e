package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink translate}. Not API. */
@Command(name = "translate", mixinStandardHelpOptions = true, sortOptions = false, header = "Translate chat, maths and code into the target languages, verified.",
        description = {"Translator: translate the filtered chat and the pruned maths and code items into every "
                + "non-English target language, keeping code, LaTeX, numbers and identifiers verbatim and checking the "
                + "output language; failed items are retried, then recorded with their reason.",
                "Writes OUTPUT/work/{lang}_{type}.jsonl. Resumes where an earlier run stopped."})
final class TranslateCommand extends AbstractCommand {

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
        return List.of("translate");
    }
}
