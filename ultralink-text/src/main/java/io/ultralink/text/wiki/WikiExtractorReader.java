package io.ultralink.text.wiki;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.wiki.internal.ExtractorRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads wikiextractor output into {@link Document}s: both the {@code --json} format (one object per line with
 * {@code id}, {@code revid}, {@code url}, {@code title}, {@code text}) and the default
 * {@code <doc id="…" url="…" title="…">…</doc>} format, recognised from the first non-blank character. The text
 * is taken as wikiextractor wrote it (the title line of the {@code <doc>} format removed). Bad records fail with
 * an {@link InvalidInputException} naming file and line. Not thread-safe; close it when done.
 */
public final class WikiExtractorReader implements Iterator<Document>, AutoCloseable {

    private final Path file;
    private final BufferedReader reader;
    private final LanguageCode language;
    private long lineNumber;
    private Boolean json;
    private Document next;

    private WikiExtractorReader(Path file, BufferedReader reader, LanguageCode language) {
        this.file = file;
        this.reader = reader;
        this.language = language;
    }

    /** Opens a wikiextractor output file whose articles are in {@code language}. */
    public static WikiExtractorReader open(Path file, LanguageCode language) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        try {
            return new WikiExtractorReader(file, Files.newBufferedReader(file, StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String line = readLine();
                if (line == null) {
                    return false;
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
            throw new InvalidInputException(file.toString(), lineNumber, null, e.getMessage(), e);
        }
    }

    private Document readDoc(String header) {
        long headerLine = lineNumber;
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = readLine()) != null && !line.strip().equals("</doc>")) {
            text.append(line).append('\n');
        }
        if (line == null) {
            throw new InvalidInputException(file.toString(), headerLine, "<doc> not closed by </doc>");
        }
        try {
            return ExtractorRecords.fromDoc(header, text.toString(), language);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString(), headerLine, null, e.getMessage(), e);
        }
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), lineNumber + 1, null, "cannot read: " + e.getMessage(),
                    e);
        }
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
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
