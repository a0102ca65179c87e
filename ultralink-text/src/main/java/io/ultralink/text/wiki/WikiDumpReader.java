package io.ultralink.text.wiki;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.wiki.internal.BackgroundInputStream;
import io.ultralink.text.wiki.internal.CountingInputStream;
import io.ultralink.text.wiki.internal.DecompressorCommand;
import io.ultralink.text.wiki.internal.ExternalBzip2InputStream;
import io.ultralink.text.wiki.internal.MultistreamInputStream;
import io.ultralink.text.wiki.internal.PageParser;
import io.ultralink.text.wiki.internal.RangeInputStream;
import io.ultralink.text.wiki.internal.ParallelBzip2InputStream;
import io.ultralink.text.wiki.internal.ParallelExternalBzip2InputStream;
import io.ultralink.text.wiki.internal.SourceException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Streams the pages of a MediaWiki XML export with constant memory: plain {@code .xml}, {@code .xml.bz2}
 * (single or concatenated streams; with more than one thread its bzip2 blocks are located by their bit
 * patterns and decompressed in parallel, with one thread a background thread decompresses sequentially) and
 * multistream {@code .xml.bz2} with its {@code -index.txt.bz2} next to it (streams decompressed in parallel).
 * When {@code bzip2} is installed it decompresses plain {@code .xml.bz2} files in child processes, at about half
 * the CPU cost of Java (with more than one thread, groups of blocks in several {@code bzip2} processes at once),
 * at a lowered CPU priority ({@value #BZIP2_NICENESS_PROPERTY}); the system property
 * {@value #EXTERNAL_BZIP2_PROPERTY} chooses otherwise.
 *
 * <p>Every page is returned; use {@link PageFilter} to keep articles. A page whose text is longer than the bound
 * ({@value #DEFAULT_MAX_TEXT_BYTES} bytes unless given) is never held whole: it is returned without its text and
 * {@linkplain WikiPage#tooLarge() marked too large}. A corrupt or truncated file, malformed
 * XML or an unreadable file ends the iteration with an {@link InvalidInputException} naming the file, the XML
 * line or compressed byte offset, and the last page read. Not thread-safe; close it when done.
 */
public final class WikiDumpReader implements Iterator<WikiPage>, AutoCloseable {

    /**
     * System property choosing how {@code .bz2} dumps without an index are decompressed: unset or {@code auto}
     * (the default) uses {@code bzip2} when it is on the {@code PATH} (with more than one thread, blocks located
     * by their bit patterns are decompressed in groups by up to that many {@code bzip2 -dc} processes at once,
     * the output delivered in order; with one thread a single {@code bzip2 -dc FILE}) and decompresses in Java
     * otherwise; {@code java} always decompresses in Java; any other value names the command to run as a single
     * {@code COMMAND -dc FILE} (for example {@code lbzip2}, parallel itself). Errors name the compressed byte
     * offset either way.
     */
    public static final String EXTERNAL_BZIP2_PROPERTY = "ultralink.bzip2.command";

    /**
     * System property setting the niceness (0 to 19) of the external decompressor processes, started as
     * {@code nice -n N COMMAND} when {@code nice} is on the {@code PATH}: 10 by default, so that on a machine the
     * preparation has to itself the JVM's workers and JIT compiler get the CPU first while the decompressors
     * work ahead; 0 starts them at normal priority, which is better where other jobs compete for the same cores.
     */
    public static final String BZIP2_NICENESS_PROPERTY = "ultralink.bzip2.nice";

    /**
     * The default bound on a page's text, in UTF-8 bytes: 2 MiB, MediaWiki's default {@code $wgMaxArticleSize}, so
     * no revision a default wiki accepted is over it.
     */
    public static final long DEFAULT_MAX_TEXT_BYTES = 2_097_152;

    private final Path file;
    private final InputStream input;
    private final LongSupplier position;
    private final PageParser parser;
    private WikiPage next;
    private WikiPage last;
    private boolean done;

    private WikiDumpReader(Path file, InputStream input, LongSupplier position, long maxTextBytes)
            throws XMLStreamException {
        this.file = file;
        this.input = input;
        this.position = position;
        this.parser = new PageParser(input, maxTextBytes);
    }

    /** The {@code bzip2} program found on {@code PATH}, which the automatic choice of decompressor would use. */
    public static Optional<String> bzip2OnPath() {
        return ExternalBzip2InputStream.onPath("bzip2");
    }

    /** Opens {@code dump} with one decompression thread per available processor for multistream files. */
    public static WikiDumpReader open(Path dump) {
        return open(dump, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Opens {@code dump}. A {@code .bz2} file whose index ({@code NAME-index.txt.bz2} for {@code NAME.xml.bz2})
     * exists is read as multistream on {@code threads} threads.
     */
    public static WikiDumpReader open(Path dump, int threads) {
        return open(dump, threads, DEFAULT_MAX_TEXT_BYTES);
    }

    /**
     * Opens {@code dump} as {@link #open(Path, int)} does; pages whose text is longer than {@code maxTextBytes} (in
     * UTF-8 bytes) are returned without it, marked too large.
     *
     * @throws IllegalArgumentException if {@code maxTextBytes} is below 1
     */
    public static WikiDumpReader open(Path dump, int threads, long maxTextBytes) {
        Objects.requireNonNull(dump, "dump");
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be >= 1, was " + maxTextBytes);
        }
        InputStream raw = null;
        CountingInputStream counted = null;
        try {
            String name = dump.getFileName().toString();
            if (name.endsWith(".bz2")) {
                Optional<Path> index = indexOf(dump);
                if (index.isPresent()) {
                    MultistreamInputStream ms = MultistreamInputStream.open(dump, index.get(), threads);
                    return new WikiDumpReader(dump, new BufferedInputStream(ms, 1 << 16), ms::offset, maxTextBytes);
                }
                String chosen = System.getProperty(EXTERNAL_BZIP2_PROPERTY, "auto").strip();
                boolean auto = chosen.isEmpty() || chosen.equalsIgnoreCase("auto");
                String external = auto ? ExternalBzip2InputStream.onPath("bzip2").orElse("")
                        : chosen.equalsIgnoreCase("java") ? "" : chosen;
                if (!external.isEmpty() && threads > 1 && auto) {
                    int processes = Math.min(threads, Runtime.getRuntime().availableProcessors());
                    ParallelExternalBzip2InputStream groups =
                            ParallelExternalBzip2InputStream.open(decompressor(external), dump, processes);
                    raw = groups;
                    return new WikiDumpReader(dump, new BufferedInputStream(groups, 1 << 16), groups::offset,
                            maxTextBytes);
                }
                if (!external.isEmpty()) {
                    raw = ExternalBzip2InputStream.open(decompressor(external), dump);
                    return new WikiDumpReader(dump, new BufferedInputStream(raw, 1 << 16), () -> -1, maxTextBytes);
                }
                if (threads > 1) {
                    ParallelBzip2InputStream blocks = ParallelBzip2InputStream.open(dump, threads);
                    raw = blocks;
                    return new WikiDumpReader(dump, new BufferedInputStream(blocks, 1 << 16), blocks::offset,
                            maxTextBytes);
                }
                counted = new CountingInputStream(
                        new BufferedInputStream(Files.newInputStream(dump), 1 << 16));
                raw = counted;
                InputStream bz = new BZip2CompressorInputStream(counted, true);
                return new WikiDumpReader(dump, new BackgroundInputStream(bz, name, counted::count), counted::count,
                        maxTextBytes);
            }
            raw = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
            return new WikiDumpReader(dump, raw, () -> -1, maxTextBytes);
        } catch (XMLStreamException e) {
            closeQuietly(raw);
            throw failure(dump, e, null, counted == null ? -1 : counted.count());
        } catch (IOException e) {
            closeQuietly(raw);
            String where = counted == null ? "" : " (corrupt compressed data near byte offset " + counted.count() + ")";
            throw new InvalidInputException(dump.toString(), 0, null, "cannot open dump: " + describe(e) + where, e);
        }
    }

    /**
     * Opens the bzip2 streams of a multistream dump that lie in the byte range {@code [start, end)}, which must
     * begin and end at stream boundaries (see {@link MultistreamIndex#streamOffsets}), and reads their pages as
     * a dump of their own: the range holds whole pages, and the XML header or end is supplied when the range
     * does not include the dump's first or last stream. Decompresses on the calling thread, so that one task per
     * range keeps one core busy. Reading every range of a dump gives its pages in order, as {@link #open} does.
     *
     * @throws IllegalArgumentException for a range outside the file or a {@code maxTextBytes} below 1
     * @throws InvalidInputException naming the file and the compressed byte offset when the range is corrupt
     */
    public static WikiDumpReader openStreams(Path dump, long start, long end, long maxTextBytes) {
        Objects.requireNonNull(dump, "dump");
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be >= 1, was " + maxTextBytes);
        }
        InputStream raw = null;
        try {
            long size = Files.size(dump);
            if (start < 0 || end > size || start >= end) {
                throw new IllegalArgumentException("range [" + start + ", " + end + ") is not inside " + dump + " ("
                        + size + " bytes)");
            }
            CountingInputStream counted = new CountingInputStream(RangeInputStream.open(dump, start, end));
            raw = counted;
            InputStream xml = new BZip2CompressorInputStream(counted, true);
            if (start > 0) {
                xml = new SequenceInputStream(new ByteArrayInputStream(XML_START), xml);
            }
            if (end < size) {
                xml = new SequenceInputStream(xml, new ByteArrayInputStream(XML_END));
            }
            return new WikiDumpReader(dump, new BufferedInputStream(xml, 1 << 16), () -> start + counted.count(),
                    maxTextBytes);
        } catch (XMLStreamException e) {
            closeQuietly(raw);
            throw failure(dump, e, null, start);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new InvalidInputException(dump.toString(), 0, null, "cannot open the streams at byte offsets "
                    + start + ".." + end + ": " + describe(e), e);
        }
    }

    private static final byte[] XML_START = "<mediawiki>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XML_END = "</mediawiki>".getBytes(StandardCharsets.US_ASCII);

    /** The decompressor's command line, lowered in priority as {@value #BZIP2_NICENESS_PROPERTY} says. */
    static List<String> decompressor(String tool) {
        String value = System.getProperty(BZIP2_NICENESS_PROPERTY, "").strip();
        int niceness;
        try {
            niceness = value.isEmpty() ? DecompressorCommand.DEFAULT_NICENESS : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("system property " + BZIP2_NICENESS_PROPERTY
                    + " must be a whole number from 0 to 19, was '" + value + "'", e);
        }
        return DecompressorCommand.of(tool, niceness, ExternalBzip2InputStream.onPath("nice"),
                "system property " + BZIP2_NICENESS_PROPERTY);
    }

    /** The multistream index of {@code dump}, if one lies next to it. */
    public static Optional<Path> indexOf(Path dump) {
        String name = dump.getFileName().toString();
        if (!name.endsWith(".xml.bz2")) {
            return Optional.empty();
        }
        Path index = dump.resolveSibling(name.substring(0, name.length() - ".xml.bz2".length()) + "-index.txt.bz2");
        return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
    }

    /** The dump file. */
    public Path file() {
        return file;
    }

    /**
     * Compressed bytes consumed so far (an approximation for multistream files), for progress reports; -1 when a
     * single external decompressor or a plain XML file gives no compressed position.
     */
    public long compressedPosition() {
        return position.getAsLong();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = parser.next();
            } catch (XMLStreamException e) {
                done = true;
                throw failure(e);
            }
            if (next == null) {
                done = true;
            } else {
                last = next;
            }
        }
        return next != null;
    }

    @Override
    public WikiPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        WikiPage page = next;
        next = null;
        return page;
    }

    /** The remaining pages as a sequential stream (closing the stream does not close this reader). */
    public Stream<WikiPage> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }

    /**
     * The articles among the remaining pages, as documents in {@code language}: the pages {@link PageFilter} keeps
     * (namespace 0, no redirects or disambiguation pages) that are not too large, their wikitext cleaned by
     * {@link WikitextCleaner}, in dump order, read as the stream is consumed.
     */
    public Stream<Document> articles(LanguageCode language) {
        Objects.requireNonNull(language, "language");
        PageFilter filter = PageFilter.create();
        WikitextCleaner cleaner = WikitextCleaner.create();
        return stream().filter(page -> !page.tooLarge() && filter.check(page).isEmpty())
                .map(page -> page.toDocument(language, cleaner.clean(page.wikitext())));
    }

    private InvalidInputException failure(XMLStreamException e) {
        return failure(file, e, last, compressedPosition());
    }

    private static InvalidInputException failure(Path file, XMLStreamException e, WikiPage last, long position) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        String after = last == null ? "before the first page" : "after page " + last.id() + " '" + last.title() + "'";
        if (cause instanceof SourceException s) {
            return new InvalidInputException(file.toString(), 0, null,
                    "corrupt or truncated compressed data " + s.getMessage() + " (" + after + ")", e);
        }
        if (cause instanceof IOException io) {
            String offset = position < 0 ? "" : ", compressed byte offset " + position;
            return new InvalidInputException(file.toString(), 0, null, "cannot read: " + io.getMessage() + " ("
                    + after + offset + ")", e);
        }
        int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
        return new InvalidInputException(file.toString(), Math.max(line, 0), null,
                "malformed XML: " + e.getMessage() + " (" + after + ")", e);
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (XMLStreamException e) {
            // closing the parser does not close the input; nothing to report
        }
        closeQuietly(input);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // best effort on an error path or at close
            }
        }
    }
}
