package io.ultralink.pipeline.specific.internal;

import io.ultralink.format.JsonlRecords;
import io.ultralink.format.LineAppender;
import io.ultralink.format.RecordFormat;
import io.ultralink.format.internal.Json;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output files of one language: UltraLink records, optional OpenAI-messages records and the
 * provenance sidecar, each brought in line with the done-log when opened. Not API.
 */
public final class LanguageOutputs implements AutoCloseable {

    private final LineAppender records;
    private final LineAppender openAi;
    private final LineAppender provenance;

    private LanguageOutputs(LineAppender records, LineAppender openAi, LineAppender provenance) {
        this.records = records;
        this.openAi = openAi;
        this.provenance = provenance;
    }

    /** {@code {lang}_chat_specific.jsonl}. */
    public static Path recordsFile(Path dir, LanguageCode lang) {
        return dir.resolve(lang + "_chat_specific.jsonl");
    }

    /** {@code {lang}_chat_specific.openai.jsonl}. */
    public static Path openAiFile(Path dir, LanguageCode lang) {
        return dir.resolve(lang + "_chat_specific.openai.jsonl");
    }

    /** {@code {lang}_chat_specific.provenance.jsonl}. */
    public static Path provenanceFile(Path dir, LanguageCode lang) {
        return dir.resolve(lang + "_chat_specific.provenance.jsonl");
    }

    /** Reconciles and opens the files of {@code lang}. */
    public static LanguageOutputs open(Path dir, LanguageCode lang, boolean withOpenAi, boolean sync,
            Set<String> committed) {
        Path rec = recordsFile(dir, lang);
        Path oai = openAiFile(dir, lang);
        Path prov = provenanceFile(dir, lang);
        OutputReconciler.keepCommitted(rec, committed);
        OutputReconciler.keepCommitted(oai, committed);
        OutputReconciler.keepCommitted(prov, committed);
        return new LanguageOutputs(LineAppender.open(rec, sync), withOpenAi ? LineAppender.open(oai, sync) : null,
                LineAppender.open(prov, sync));
    }

    /**
     * Appends the record (release shape, no metadata), its OpenAI form ({@code id} and messages) and
     * its provenance ({@code id} and the record's metadata).
     */
    public void write(SftRecord record) {
        records.append(JsonlRecords.toLine(record, RecordFormat.ULTRALINK, false));
        if (openAi != null) {
            SftRecord bare = new SftRecord(record.id(), record.language(), record.type(), record.messages(), Map.of());
            openAi.append(JsonlRecords.toLine(bare, RecordFormat.OPENAI_MESSAGES, true));
        }
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", record.id());
        new TreeMap<>(record.metadata()).forEach(node::put);
        provenance.append(Json.MAPPER.writeValueAsString(node));
    }

    @Override
    public void close() {
        records.close();
        if (openAi != null) {
            openAi.close();
        }
        provenance.close();
    }
}
