package io.ultralink.format;

import java.util.Objects;

/**
 * Appends {@link io.ultralink.model.SftRecord}s to a JSONL file, one whole flushed line each (see
 * {@link LineAppender}). Safe for concurrent use.
 */
public final class JsonlRecordWriter implements AutoCloseable {

    private final LineAppender appender;
    private final RecordFormat format;
    private final boolean withMetadata;

    JsonlRecordWriter(LineAppender appender, RecordFormat format, boolean withMetadata) {
        this.appender = Objects.requireNonNull(appender, "appender");
        this.format = Objects.requireNonNull(format, "format");
        this.withMetadata = withMetadata;
    }

    /** Appends one record. */
    public void write(io.ultralink.model.SftRecord record) {
        appender.append(JsonlRecords.toLine(record, format, withMetadata));
    }

    /** Records written through this writer. */
    public long written() {
        return appender.linesWritten();
    }

    /** Bytes of a partial last line removed on open (left by an earlier crash). */
    public long repairedBytes() {
        return appender.repairedBytes();
    }

    @Override
    public void close() {
        appender.close();
    }
}
