package io.ultralink.cli.internal.command;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ultralink prepare}. Not API. */
@Command(name = "prepare", mixinStandardHelpOptions = true, sortOptions = false, header = "Wikipedia dumps -> clean, language-checked documents -> segments.",
        description = {"Knowledge preparation: read Wikipedia dumps (MediaWiki XML, .bz2 or multistream, named {lang}wiki-...), "
                + "clean the wikitext, check each page's language, convert Traditional to Simplified Chinese, keep "
                + "documents within the token bounds and cut them into segments that never split a sentence.",
                "Writes the segments JSONL file (default OUTPUT/segments.jsonl) and a preparation report."})
final class PrepareCommand extends AbstractCommand {

    @Mixin
    PrepareOptions prepare;

    @Mixin
    PageSizeOptions pageSize;

    @Override
    List<String> stages() {
        return List.of("prepare");
    }
}
