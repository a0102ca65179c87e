package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ultralink stats}. Not API. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false, header = "Dataset statistics, the dataset card README.md and charts.",
        description = {"Statistics and dataset card: count records per language and type (the paper's Table 2), "
                + "dialogues, turns and mean question/answer/turn lengths in tokens (Table 1), and write OUTPUT/README.md "
                + "with those tables, rejection rates by reason, models, prompt versions, seeds and the CC BY-SA "
                + "attribution, plus PNG charts of question and answer lengths per language (Fig. 13) and of the "
                + "composition per language and type.",
                "Reads the {lang}_{type}.jsonl files of the output folder (and its run-manifest.json when present)."})
final class StatsCommand extends AbstractCommand {

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Token encoding of the lengths: cl100k_base or o200k_base (config: prepare.encoding).")
    String encoding;

    @Override
    List<String> stages() {
        return List.of("stats");
    }

    @Override
    boolean readsExistingOutput() {
        return true;
    }
}
