package io.ultralink.format;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Streams a JSONL file line by line, in constant memory, converting each line with a function.
 * Blank lines are ignored. Each line is decoded from its own bytes, so a line that is not valid UTF-8
 * or JSON, or that the function rejects with an {@link IllegalArgumentException}, costs that line
 * only: it is handled by the {@link BadLinePolicy}, thrown as an {@link InvalidInputException} naming
 * the file and line, or skipped and counted, and reading goes on with the next line. A line longer
 * than the bound ({@value #DEFAULT_MAX_LINE_BYTES} bytes unless given) is never held whole: it is read
 * past, dropped and counted under either policy, its file and line kept among the {@link #problems()}.
 *
 * @param <T> what a line becomes
 */
public final class JsonlReader<T> implements Iterator<T>, AutoCloseable {

    /** At most this many skipped-line errors are kept for the report; all are counted. */
    public static final int MAX_KEPT_PROBLEMS = 100;

    /** The default longest line, in bytes: 2 MiB, MediaWiki's default limit on the size of a revision. */
    public static final long DEFAULT_MAX_LINE_BYTES = 2_097_152;

    /** The largest line bound a reader accepts (a kept line is held in one array). */
    public static final long LARGEST_LINE_BOUND = BoundedLineReader.MAX_BOUND;

    private final Path file;
    private final BoundedLineReader reader;
    private final Function<JsonLine, T> convert;
    private final BadLinePolicy policy;
    private final List<InvalidInputException> problems = new ArrayList<>();
    private long skipped;
    private long oversized;
    private T next;

    private JsonlReader(Path file, BoundedLineReader reader, Function<JsonLine, T> convert, BadLinePolicy policy) {
        this.file = file;
        this.reader = reader;
        this.convert = convert;
        this.policy = policy;
    }

    /** Opens {@code file} with the default line bound; each line is converted with {@code convert}. */
    public static <T> JsonlReader<T> open(Path file, BadLinePolicy policy, Function<JsonLine, T> convert) {
        return open(file, policy, DEFAULT_MAX_LINE_BYTES, convert);
    }

    /**
     * Opens {@code file}; each line is converted with {@code convert}, and lines longer than
     * {@code maxLineBytes} (line end excluded) are dropped and counted.
     *
     * @throws IllegalArgumentException if {@code maxLineBytes} is not from 1 to {@link #LARGEST_LINE_BOUND}
     */
    public static <T> JsonlReader<T> open(Path file, BadLinePolicy policy, long maxLineBytes,
            Function<JsonLine, T> convert) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(convert, "convert");
        BoundedLineReader lines;
        try {
            lines = new BoundedLineReader(Files.newInputStream(file), maxLineBytes);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e, e);
        }
        return new JsonlReader<>(file, lines, convert, policy);
    }

    /** Opens {@code file} yielding the parsed lines. */
    public static JsonlReader<JsonLine> open(Path file, BadLinePolicy policy) {
        return open(file, policy, Function.identity());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            try {
                if (!reader.advance()) {
                    return false;
                }
            } catch (IOException e) {
                throw new InvalidInputException(file.toString(), reader.lineNumber() + 1, null, "cannot read: " + e, e);
            }
            if (reader.oversized()) {
                oversized++;
                skipped++;
                keep(new InvalidInputException(file.toString(), reader.lineNumber(), null, "line of "
                        + reader.lineBytes() + " bytes is over the bound of " + reader.maxLineBytes()
                        + " bytes; dropped", null));
                continue;
            }
            if (reader.malformed() != null) {
                handle(new InvalidInputException(file.toString(), reader.lineNumber(), reader.malformed()));
                continue;
            }
            String line = reader.text();
            if (line.isBlank()) {
                continue;
            }
            next = parse(line);
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = next;
        next = null;
        return value;
    }

    /** Lines not returned: skipped under {@link BadLinePolicy#SKIP}, and dropped for their length. */
    public long skipped() {
        return skipped;
    }

    /** Lines dropped because they were longer than the bound (counted in {@link #skipped()} too). */
    public long oversized() {
        return oversized;
    }

    /** The errors of the first {@value #MAX_KEPT_PROBLEMS} skipped or dropped lines. */
    public List<InvalidInputException> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The last line number read. */
    public long lineNumber() {
        return reader.lineNumber();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private T parse(String line) {
        JsonNode node;
        long lineNumber = reader.lineNumber();
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            handle(new InvalidInputException(file.toString(), lineNumber, null, "not valid JSON: "
                    + e.getOriginalMessage(), e));
            return null;
        }
        try {
            return convert.apply(new JsonLine(lineNumber, node));
        } catch (IllegalArgumentException e) {
            JsonNode id = node.isObject() ? node.get("id") : null;
            handle(new InvalidInputException(file.toString(), lineNumber,
                    id != null && id.isString() ? id.stringValue() : null, e.getMessage(), e));
            return null;
        }
    }

    private void handle(InvalidInputException problem) {
        if (policy == BadLinePolicy.FAIL) {
            throw problem;
        }
        skipped++;
        keep(problem);
    }

    private void keep(InvalidInputException problem) {
        if (problems.size() < MAX_KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }
}
