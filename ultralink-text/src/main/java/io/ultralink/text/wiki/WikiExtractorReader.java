package io.ultralink.text.wiki;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BoundedLineReader;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.wiki.internal.ExtractorRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads wikiextractor output into {@link Document}s: both the {@code --json} format (one object per line with
 * {@code id}, {@code revid}, {@code url}, {@code title}, {@code text}) and the default
 * {@code <doc id="…" url="…" title="…">…</doc>} format, recognised from the first non-blank character. The text
 * is taken as wikiextractor wrote it (the title line of the {@code <doc>} format removed). Bad records, and lines
 * that are not valid UTF-8, fail with an {@link InvalidInputException} naming file and line. A document longer than
 * the bound ({@link WikiDumpReader#DEFAULT_MAX_TEXT_BYTES} bytes unless given: its JSON line, or the lines of its
 * {@code <doc>} element) is read past without being held and counted in {@link #tooLarge()}. Not thread-safe; close
 * it when done.
 */
public final class WikiExtractorReader implements Iterator<Document>, AutoCloseable {

    private final Path file;
    private final BoundedLineReader lines;
    private final LanguageCode language;
    private final long maxDocumentBytes;
    private long tooLarge;
    private Boolean json;
    private Document next;

    private WikiExtractorReader(Path file, BoundedLineReader lines, LanguageCode language, long maxDocumentBytes) {
        this.file = file;
        this.lines = lines;
        this.language = language;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Opens a wikiextractor output file whose articles are in {@code language}, with the default bound. */
    public static WikiExtractorReader open(Path file, LanguageCode language) {
        return open(file, language, WikiDumpReader.DEFAULT_MAX_TEXT_BYTES);
    }

    /**
     * Opens a wikiextractor output file whose articles are in {@code language}; documents longer than
     * {@code maxDocumentBytes} are skipped and counted.
     *
     * @throws IllegalArgumentException if {@code maxDocumentBytes} is below 1
     */
    public static WikiExtractorReader open(Path file, LanguageCode language, long maxDocumentBytes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        try {
            return new WikiExtractorReader(file, new BoundedLineReader(Files.newInputStream(file), maxDocumentBytes),
                    language, maxDocumentBytes);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e.getMessage(), e);
        }
    }

    /** Documents skipped so far because they were longer than the bound. */
    public long tooLarge() {
        return tooLarge;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String line = readLine();
                if (line == null) {
                    return false;
                }
                if (lines.oversized()) {
                    tooLarge++;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (json == null) {
                    json = line.stripLeading().startsWith("{");
                }
                next = json ? ExtractorRecords.fromJson(line, language) : readDoc(line);
            }
            return true;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), lines.lineNumber(), null, e.getMessage(), e);
        }
    }

    /** Reads a {@code <doc>} element after its header; null when it is over the bound (then counted). */
    private Document readDoc(String header) {
        long headerLine = lines.lineNumber();
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        String line;
        while ((line = readLine()) != null && !line.strip().equals("</doc>")) {
            bytes += lines.lineBytes() + 1;
            if (bytes <= maxDocumentBytes) {
                text.append(line).append('\n');
            }
        }
        if (line == null) {
            throw new InvalidInputException(file.toString(), headerLine, "<doc> not closed by </doc>");
        }
        if (bytes > maxDocumentBytes) {
            tooLarge++;
            return null;
        }
        try {
            return ExtractorRecords.fromDoc(header, text.toString(), language);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), headerLine, null, e.getMessage(), e);
        }
    }

    /** The next line, "" for one over the bound, or null at the end; a line that is not UTF-8 fails. */
    private String readLine() {
        try {
            if (!lines.advance()) {
                return null;
            }
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), lines.lineNumber() + 1, null,
                    "cannot read: " + e.getMessage(), e);
        }
        if (lines.malformed() != null) {
            throw new InvalidInputException(file.toString(), lines.lineNumber(), lines.malformed());
        }
        return lines.oversized() ? "" : lines.text();
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document d = next;
        next = null;
        return d;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
