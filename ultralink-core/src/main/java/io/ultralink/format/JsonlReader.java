package io.ultralink.format;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.internal.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Blank lines are ignored. A line that is not valid UTF-8 or JSON, or that the function rejects with
 * an {@link IllegalArgumentException}, is handled by the {@link BadLinePolicy}: thrown as an
 * {@link InvalidInputException} naming the file and line, or skipped and counted.
 *
 * @param <T> what a line becomes
 */
public final class JsonlReader<T> implements Iterator<T>, AutoCloseable {

    /** At most this many skipped-line errors are kept for the report; all are counted. */
    public static final int MAX_KEPT_PROBLEMS = 100;

    private final Path file;
    private final BufferedReader reader;
    private final Function<JsonLine, T> convert;
    private final BadLinePolicy policy;
    private final List<InvalidInputException> problems = new ArrayList<>();
    private long lineNumber;
    private long skipped;
    private T next;

    private JsonlReader(Path file, BufferedReader reader, Function<JsonLine, T> convert, BadLinePolicy policy) {
        this.file = file;
        this.reader = reader;
        this.convert = convert;
        this.policy = policy;
    }

    /** Opens {@code file}; each line is converted with {@code convert}. */
    public static <T> JsonlReader<T> open(Path file, BadLinePolicy policy, Function<JsonLine, T> convert) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(convert, "convert");
        try {
            return new JsonlReader<>(file, Files.newBufferedReader(file, StandardCharsets.UTF_8), convert, policy);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, null, "cannot open: " + e, e);
        }
    }

    /** Opens {@code file} yielding the parsed lines. */
    public static JsonlReader<JsonLine> open(Path file, BadLinePolicy policy) {
        return open(file, policy, Function.identity());
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                handle(new InvalidInputException(file.toString(), lineNumber + 1, null,
                        "cannot read (not UTF-8?): " + e, e));
                return false;
            }
            if (line == null) {
                return false;
            }
            lineNumber++;
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

    /** Lines skipped under {@link BadLinePolicy#SKIP}. */
    public long skipped() {
        return skipped;
    }

    /** The errors of the first {@value #MAX_KEPT_PROBLEMS} skipped lines. */
    public List<InvalidInputException> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The last line number read. */
    public long lineNumber() {
        return lineNumber;
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
        if (problems.size() < MAX_KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }
}
