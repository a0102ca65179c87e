package io.ultralink.source;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.internal.Json;
import io.ultralink.model.Conversation;
import io.ultralink.source.internal.MarkingUtf8Reader;
import io.ultralink.source.internal.SourceRecords;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Streams the records of one source file as {@link Conversation}s, in constant memory.
 *
 * <p>A file whose first character is {@code [} is read as one JSON array (streamed element by
 * element), any other file as JSONL. Every conversation gets the stable id
 * {@code {format}:{record id}}, where the record id is the dataset's own id field when it has one
 * and {@code {file name}#{position}} otherwise. A record that cannot be converted, or that holds bytes
 * that are not valid UTF-8, is thrown as an {@link InvalidInputException} naming the file and line, or
 * skipped and counted, as the {@link BadLinePolicy} says; a bad byte costs only its own record (a JSONL
 * line, or an element of the array), and reading goes on with the next. A JSONL line longer than the
 * line bound ({@value JsonlReader#DEFAULT_MAX_LINE_BYTES} bytes unless given) is dropped and counted
 * without being held whole.
 *
 * <pre>{@code
 * try (SourceReader in = SourceReader.open(path, SourceFormat.SHAREGPT, BadLinePolicy.SKIP)) {
 *     in.forEachRemaining(conversation -> ...);
 *     in.problems().forEach(p -> log.warn(p.getMessage()));
 * }
 * }</pre>
 */
public final class SourceReader implements Iterator<Conversation>, AutoCloseable {

    private static final ObjectReader ELEMENT = Json.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final SourceFormat format;
    private final BadLinePolicy policy;
    private final JsonlReader<Conversation> lines;
    private final MarkingUtf8Reader arrayReader;
    private final JsonParser parser;
    private final List<InvalidInputException> problems = new ArrayList<>();
    private long skipped;
    private long position;
    private Conversation next;
    private boolean arrayDone;

    private SourceReader(Path file, SourceFormat format, BadLinePolicy policy, long maxLineBytes, boolean array)
            throws IOException {
        this.file = file;
        this.format = format;
        this.policy = policy;
        String name = file.getFileName().toString();
        if (array) {
            this.lines = null;
            this.arrayReader = new MarkingUtf8Reader(Files.newInputStream(file));
            this.parser = Json.MAPPER.createParser(arrayReader);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidInputException(file.toString(), 1, "expected a JSON array");
            }
        } else {
            this.arrayReader = null;
            this.parser = null;
            this.lines = JsonlReader.open(file, policy, maxLineBytes, line -> SourceRecords.convert(format,
                    line.node(), name, line.lineNumber()));
        }
    }

    /**
     * Opens {@code file} in {@code format}, with the default line bound.
     *
     * @throws InvalidInputException when the file cannot be opened or does not start like JSON
     */
    public static SourceReader open(Path file, SourceFormat format, BadLinePolicy policy) {
        return open(file, format, policy, JsonlReader.DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * Opens {@code file} in {@code format}; JSONL lines longer than {@code maxLineBytes} are dropped and counted.
     *
     * @throws InvalidInputException when the file cannot be opened or does not start like JSON
     * @throws IllegalArgumentException when {@code maxLineBytes} is below 1 or too large for one array
     */
    public static SourceReader open(Path file, SourceFormat format, BadLinePolicy policy, long maxLineBytes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(policy, "policy");
        try {
            return new SourceReader(file, format, policy, maxLineBytes, startsWithBracket(file));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e, e);
        } catch (JacksonException e) {
            throw new InvalidInputException(file.toString(), 1, null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads every conversation of {@code file} into a list (small files and tests). */
    public static List<Conversation> readAll(Path file, SourceFormat format, BadLinePolicy policy) {
        List<Conversation> out = new ArrayList<>();
        try (SourceReader in = open(file, format, policy)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    @Override
    public boolean hasNext() {
        if (lines != null) {
            return lines.hasNext();
        }
        while (next == null && !arrayDone) {
            next = readElement();
        }
        return next != null;
    }

    @Override
    public Conversation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (lines != null) {
            return lines.next();
        }
        Conversation c = next;
        next = null;
        return c;
    }

    /** Records not returned: skipped under {@link BadLinePolicy#SKIP}, and JSONL lines dropped for their length. */
    public long skipped() {
        return lines != null ? lines.skipped() : skipped;
    }

    /** JSONL lines dropped for being longer than the bound (counted in {@link #skipped()} too). */
    public long oversized() {
        return lines != null ? lines.oversized() : 0;
    }

    /** The errors of the first skipped records, each naming file and line. */
    public List<InvalidInputException> problems() {
        return lines != null ? lines.problems() : Collections.unmodifiableList(problems);
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            return;
        }
        try {
            parser.close();
            arrayReader.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Conversation readElement() {
        long line = 0;
        try {
            JsonToken token = parser.nextToken();
            TokenStreamLocation start = parser.currentTokenLocation();
            line = start.getLineNr();
            if (token == null || token == JsonToken.END_ARRAY) {
                arrayDone = true;
                return null;
            }
            JsonNode node = ELEMENT.readValue(parser);
            position++;
            MarkingUtf8Reader.Malformed bad = arrayReader.takeWithin(start.getCharOffset(),
                    parser.currentLocation().getCharOffset());
            if (bad != null) {
                JsonNode id = node.isObject() ? node.get("id") : null;
                handle(new InvalidInputException(file.toString(), bad.line(), id != null && id.isString()
                        ? id.stringValue() : null, bad.describe() + " (record " + position + ", from line " + line
                        + ")", null));
                return null;
            }
            return SourceRecords.convert(format, node, file.getFileName().toString(), position);
        } catch (JacksonException e) {
            arrayDone = true;
            MarkingUtf8Reader.Malformed bad = arrayReader.pending();
            TokenStreamLocation at = e.getLocation();
            if (bad != null && at != null && at.getCharOffset() >= bad.charOffset()) {
                handle(new InvalidInputException(file.toString(), bad.line(), null, bad.describe(), e));
            } else {
                handle(new InvalidInputException(file.toString(), at != null && at.getLineNr() > 0 ? at.getLineNr()
                        : line, null, "not valid JSON: " + e.getOriginalMessage(), e));
            }
            return null;
        } catch (IllegalArgumentException e) {
            handle(new InvalidInputException(file.toString(), line, null, "record " + position + ": " + e.getMessage(), e));
            return null;
        }
    }

    private void handle(InvalidInputException problem) {
        if (policy == BadLinePolicy.FAIL) {
            throw problem;
        }
        skipped++;
        if (problems.size() < JsonlReader.MAX_KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** Whether the first byte after a byte order mark and white space is {@code [}. */
    private static boolean startsWithBracket(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            int c;
            int read = 0;
            while ((c = in.read()) != -1) {
                if (read < 3 && c == (bom[read] & 0xFF)) {
                    read++;
                    continue;
                }
                read = 3;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    continue;
                }
                return c == '[';
            }
            return false;
        }
    }
}
