package io.ultralink.spark.internal;

import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.spark.AgnosticFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translates one partition of numbered selected items (rows of {@link WorkRows#SELECTED}, read by position) with
 * {@link LanguageAgnosticPipeline#translateNumbered}, one pipeline per language into the attempt's scratch folder,
 * and gives one row per item ({@link WorkRows#TRANSLATED}): the record line exactly as the single-machine run
 * writes it, or the failure line. Not API.
 */
public final class TranslatePartition implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final AgnosticFactory factory;
    private final DataType type;
    private final long run;

    /** Translates items of {@code type} with what {@code factory} builds, marking rows with {@code run}. */
    public TranslatePartition(AgnosticFactory factory, DataType type, long run) {
        this.factory = factory;
        this.type = type;
        this.run = run;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws IOException {
        Map<LanguageCode, SortedMap<Long, Conversation>> byLang = new LinkedHashMap<>();
        Map<String, String> inputs = new HashMap<>();
        rows.forEachRemaining(r -> {
            LanguageCode lang = LanguageCode.of(r.getString(0));
            Conversation c = ConversationRows.fromJson(r.getString(3));
            byLang.computeIfAbsent(lang, k -> new TreeMap<>()).put(r.getLong(1), c);
            inputs.put(c.id(), r.getString(4));
        });
        List<Row> out = new ArrayList<>();
        if (byLang.isEmpty()) {
            return out.iterator();
        }
        Path scratch = Scratch.forAttempt("translate");
        try {
            for (Map.Entry<LanguageCode, SortedMap<Long, Conversation>> e : byLang.entrySet()) {
                LanguageCode lang = e.getKey();
                Path dir = scratch.resolve(lang.code());
                LanguageAgnosticPipeline pipeline = factory.create(lang, dir);
                pipeline.translateNumbered(lang, type, e.getValue());
                var fingerprint = pipeline.translationFingerprint(lang);
                Map<String, String> records = linesById(dir.resolve(ReleaseFiles.fileName(lang, type)));
                Map<String, String> failures = linesById(dir.resolve("failures.jsonl"));
                e.getValue().forEach((n, c) -> {
                    String record = records.get(ReleaseFiles.recordId(lang, type, n));
                    String failure = record == null ? failures.get(c.id()) : null;
                    String outcome = record != null ? "accepted" : failure == null ? "error"
                            : JSON.readTree(failure).path("status").asString("error");
                    out.add(RowFactory.create(lang.code(), n, c.id(), inputs.get(c.id()), fingerprint.digest(),
                            fingerprint.toString(), outcome, record, failure, run));
                });
            }
        } finally {
            Scratch.delete(scratch);
        }
        return out.iterator();
    }

    private static Map<String, String> linesById(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                out.put(node.path("id").asString(), line);
            }
        }
        return out;
    }
}
