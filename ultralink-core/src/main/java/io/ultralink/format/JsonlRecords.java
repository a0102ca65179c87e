package io.ultralink.format;

import io.ultralink.format.internal.Json;
import io.ultralink.format.internal.RecordDefaults;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes {@link SftRecord}s as JSONL in any {@link RecordFormat}.
 *
 * <pre>{@code
 * try (JsonlRecordWriter out = JsonlRecords.writer(Path.of("zh_chat_specific.jsonl"), RecordFormat.ULTRALINK)) {
 *     out.write(record);
 * }
 * try (JsonlReader<SftRecord> in = JsonlRecords.reader(path, RecordFormat.ULTRALINK).policy(BadLinePolicy.SKIP).open()) {
 *     in.forEachRemaining(r -> ...);
 * }
 * }</pre>
 */
public final class JsonlRecords {

    private JsonlRecords() {
    }

    /** A reader configuration for {@code file} in {@code format}. */
    public static ReaderBuilder reader(Path file, RecordFormat format) {
        return new ReaderBuilder(file, format);
    }

    /** Opens a crash-safe appending writer without metadata (the release's exact shape). */
    public static JsonlRecordWriter writer(Path file, RecordFormat format) {
        return new JsonlRecordWriter(LineAppender.open(file, false), format, false);
    }

    /** Opens a crash-safe appending writer. */
    public static JsonlRecordWriter writer(Path file, RecordFormat format, boolean withMetadata, boolean sync) {
        return new JsonlRecordWriter(LineAppender.open(file, sync), format, withMetadata);
    }

    /** A writer of records in {@code format} to lines appended through {@code appender} (closed with the writer). */
    public static JsonlRecordWriter writer(LineAppender appender, RecordFormat format, boolean withMetadata) {
        return new JsonlRecordWriter(appender, format, withMetadata);
    }

    /** The JSON line of {@code record} in {@code format}. */
    public static String toLine(SftRecord record, RecordFormat format, boolean withMetadata) {
        return Json.MAPPER.writeValueAsString(format.codec().encode(record, withMetadata));
    }

    /** Configures a record reader. */
    public static final class ReaderBuilder {
        private final Path file;
        private final RecordFormat format;
        private BadLinePolicy policy = BadLinePolicy.FAIL;
        private LanguageCode language;
        private DataType type;

        private ReaderBuilder(Path file, RecordFormat format) {
            this.file = Objects.requireNonNull(file, "file");
            this.format = Objects.requireNonNull(format, "format");
        }

        /** What to do with bad lines (default {@link BadLinePolicy#FAIL}). */
        public ReaderBuilder policy(BadLinePolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The language of lines that do not carry one (neither in the id nor in metadata). */
        public ReaderBuilder defaultLanguage(LanguageCode value) {
            language = value;
            return this;
        }

        /** The data type of lines that do not carry one. */
        public ReaderBuilder defaultType(DataType value) {
            type = value;
            return this;
        }

        /** Opens the reader. Lines without an id get {@code {file name}:{line}}. */
        public JsonlReader<SftRecord> open() {
            String name = file.getFileName().toString();
            return JsonlReader.open(file, policy, line -> format.codec().decode(line.node(),
                    new RecordDefaults(language, type, name + ":" + line.lineNumber())));
        }
    }
}
