package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonLine;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.JsonlRecordWriter;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.LineAppender;
import io.ultralink.format.RecordFormat;
import io.ultralink.format.internal.Json;
import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.RecordId;
import io.ultralink.model.SftRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pipeline's output folder: {@code {lang}_{type}.jsonl} records (with metadata, so a resumed run
 * knows which sources are done) and {@code failures.jsonl}. Every line is appended whole. Not API.
 */
public final class OutputFiles implements AutoCloseable {

    /** The failures file name. */
    public static final String FAILURES = "failures.jsonl";

    private final Path dir;
    private final RecordFormat format;
    private final Map<String, JsonlRecordWriter> writers = new ConcurrentHashMap<>();
    private final LineAppender failures;

    /** Opens the folder, creating it if needed. */
    public OutputFiles(Path dir, RecordFormat format) {
        this.dir = dir;
        this.format = format;
        this.failures = LineAppender.open(dir.resolve(FAILURES), false);
    }

    /**
     * The source ids an earlier run finished for {@code lang} and {@code type}: written records and
     * rejected translations (errors are not final and are retried).
     */
    public Set<String> done(LanguageCode lang, DataType type) {
        Set<String> done = new HashSet<>();
        forEachRecord(lang, type, r -> {
            String id = r.metadata().get(MetadataKeys.SOURCE_ID);
            if (id != null) {
                done.add(id);
            }
        });
        Path failed = dir.resolve(FAILURES);
        if (Files.exists(failed)) {
            try (JsonlReader<JsonLine> in = JsonlReader.open(failed, BadLinePolicy.SKIP)) {
                in.forEachRemaining(l -> {
                    var n = l.node();
                    if ("translate".equals(n.path("stage").asString("")) && "rejected".equals(n.path("status").asString(""))
                            && lang.code().equals(n.path("lang").asString("")) && type.fileToken().equals(n.path("type").asString(""))) {
                        done.add(n.path("id").asString());
                    }
                });
            }
        }
        return done;
    }

    /** The record numbers {@code n} of ids {@code {lang}_{type}_{n}} already in the record file. */
    public Set<Long> usedNumbers(LanguageCode lang, DataType type) {
        Set<Long> used = new HashSet<>();
        forEachRecord(lang, type, r -> RecordId.parse(r.id()).ifPresent(id -> used.add(id.number())));
        return used;
    }

    private void forEachRecord(LanguageCode lang, DataType type, java.util.function.Consumer<SftRecord> action) {
        Path records = dir.resolve(ReleaseFiles.fileName(lang, type));
        if (Files.exists(records)) {
            try (var in = JsonlRecords.reader(records, format).policy(BadLinePolicy.SKIP).defaultLanguage(lang)
                    .defaultType(type).open()) {
                in.forEachRemaining(action);
            }
        }
    }

    /** Appends a finished record to its language and type's file. */
    public void write(SftRecord record) {
        writers.computeIfAbsent(ReleaseFiles.fileName(record.language(), record.type()),
                name -> JsonlRecords.writer(dir.resolve(name), format, true, false)).write(record);
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
        failures.append(Json.MAPPER.writeValueAsString(n));
    }

    @Override
    public void close() {
        writers.values().forEach(JsonlRecordWriter::close);
        failures.close();
    }
}
