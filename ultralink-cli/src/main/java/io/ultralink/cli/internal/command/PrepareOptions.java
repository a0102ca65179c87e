package io.ultralink.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of knowledge preparation. Not API. */
public final class PrepareOptions {

    @Option(names = "--dump", paramLabel = "FILE", split = ",",
            description = "MediaWiki XML dump (.xml, .xml.bz2, multistream) named {lang}wiki-..., which gives its "
                    + "language; repeatable (config: prepare.dumps).")
    List<Path> dumps;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Language of every dump (a pack code), for dumps whose file name does not start with "
                    + "{lang}wiki- (config: prepare.language).")
    String language;

    @Option(names = "--keep-reference-sections",
            description = "Keep the See also, References, External links ... sections the packs name; by default "
                    + "they are dropped and counted (config: prepare.keepReferenceSections).")
    Boolean keepReferenceSections;

    @Option(names = "--segments", paramLabel = "FILE",
            description = "Segments JSONL file, default OUTPUT/segments.jsonl (config: prepare.segments).")
    Path segments;

    @Option(names = "--min-document-tokens", paramLabel = "N",
            description = "Drop documents shorter than N tokens, default 1000 (config: prepare.documentTokens.min).")
    Integer minDocumentTokens;

    @Option(names = "--max-document-tokens", paramLabel = "N",
            description = "Drop documents longer than N tokens, default 10000 (config: prepare.documentTokens.max).")
    Integer maxDocumentTokens;

    @Option(names = "--min-segment-tokens", paramLabel = "N",
            description = "Smallest segment in tokens, default 1000 (config: prepare.segmentTokens.min).")
    Integer minSegmentTokens;

    @Option(names = "--max-segment-tokens", paramLabel = "N",
            description = "Largest segment in tokens, default 2000 (config: prepare.segmentTokens.max).")
    Integer maxSegmentTokens;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Token encoding for lengths and statistics: cl100k_base or o200k_base (config: prepare.encoding).")
    String encoding;
}
