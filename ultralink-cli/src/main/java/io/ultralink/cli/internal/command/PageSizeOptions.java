package io.ultralink.cli.internal.command;

import picocli.CommandLine.Option;

/** The bound on the size of a dump page. Not API. */
public final class PageSizeOptions {

    @Option(names = "--max-page-bytes", paramLabel = "N",
            description = "Dump pages (and wikiextractor documents) whose text is longer than N bytes are dropped and "
                    + "counted as too-large, never read whole, default 2097152, MediaWiki's revision limit "
                    + "(config: input.maxPageBytes).")
    Long maxPageBytes;
}
