package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.format.JsonlRecordWriter;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.LineAppender;
import io.ultralink.format.RecordFormat;
import io.ultralink.format.internal.Json;
import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import io.ultralink.run.RunStore;
import io.ultralink.redact.Redactor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pipeline's output folder: {@code {lang}_{type}.jsonl} records (with metadata) and
 * {@code failures.jsonl}, every line appended whole through the run store. Which items are done is
 * the journal's business ({@link AgnosticWork}), not these files'. Not API.
 */
public final class OutputFiles implements AutoCloseable {

    /** The failures file name. */
    public static final String FAILURES = "failures.jsonl";

    private final RunStore store;
    private final Path dir;
    private final RecordFormat format;
    private final Map<String, JsonlRecordWriter> writers = new ConcurrentHashMap<>();
    private final LineAppender failures;

    /** Opens the folder in {@code store}, creating it if needed. */
    public OutputFiles(RunStore store, Path dir, RecordFormat format) {
        this.store = store;
        this.dir = dir;
        this.format = format;
        this.failures = store.appender(dir.resolve(FAILURES));
    }

    /** The record file of {@code lang} and {@code type}. */
    public Path recordsFile(LanguageCode lang, DataType type) {
        return dir.resolve(ReleaseFiles.fileName(lang, type));
    }

    /** Appends a finished record to its language and type's file. */
    public void write(SftRecord record) {
        writers.computeIfAbsent(ReleaseFiles.fileName(record.language(), record.type()),
                name -> JsonlRecords.writer(store.appender(dir.resolve(name)), format, true)).write(record);
    }

    /** Appends a failure: stage, source id, language and type (or null), status and reasons. */
    public void failure(String stage, String id, LanguageCode lang, DataType type, String status, List<String> reasons) {
        failure(stage, id, lang, type, status, reasons, Map.of(), Map.of());
    }

    /**
     * Appends a failure with the meaning scores of the rejected attempt and every check that ran with whether
     * it passed (for the card's pass rates).
     */
    public void failure(String stage, String id, LanguageCode lang, DataType type, String status, List<String> reasons,
            Map<String, Double> scores, Map<String, Boolean> checks) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("stage", stage).put("id", id).put("status", status);
        if (lang != null) {
            n.put("lang", lang.code());
        }
        if (type != null) {
            n.put("type", type.fileToken());
        }
        ArrayNode r = n.putArray("reasons");
        reasons.forEach(r::add);
        if (!scores.isEmpty()) {
            ObjectNode s = n.putObject("scores");
            scores.forEach(s::put);
        }
        if (!checks.isEmpty()) {
            ObjectNode c = n.putObject("checks");
            checks.forEach(c::put);
        }
        failures.append(Redactor.standard().redact(Json.MAPPER.writeValueAsString(n)));
    }

    @Override
    public void close() {
        writers.values().forEach(JsonlRecordWriter::close);
        failures.close();
    }
}
