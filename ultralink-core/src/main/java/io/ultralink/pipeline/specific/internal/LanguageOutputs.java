package io.ultralink.pipeline.specific.internal;

import io.ultralink.format.JsonlRecords;
import io.ultralink.format.LineAppender;
import io.ultralink.format.RecordFormat;
import io.ultralink.format.internal.Json;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.SftRecord;
import io.ultralink.pipeline.internal.CommittedLines;
import io.ultralink.run.RunStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output files of one language: UltraLink records, optional OpenAI-messages records and the
 * provenance sidecar. Not API.
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

    /**
     * Removes from the files of {@code lang} every line whose id {@code committed} does not hold, and
     * repeated ids (see {@link CommittedLines}); call before any output of the run is written.
     *
     * @return the lines removed from the three files, and the ids the records file holds
     */
    public static CommittedLines reconcile(RunStore store, Path dir, LanguageCode lang, Set<String> committed) {
        CommittedLines records = CommittedLines.keep(store, recordsFile(dir, lang), committed);
        long removed = records.removed() + CommittedLines.keep(store, openAiFile(dir, lang), committed).removed()
                + CommittedLines.keep(store, provenanceFile(dir, lang), committed).removed();
        return new CommittedLines(removed, records.present());
    }

    /** Opens the files of {@code lang} for appending, through {@code store}. */
    public static LanguageOutputs open(RunStore store, Path dir, LanguageCode lang, boolean withOpenAi) {
        return new LanguageOutputs(store.appender(recordsFile(dir, lang)),
                withOpenAi ? store.appender(openAiFile(dir, lang)) : null,
                store.appender(provenanceFile(dir, lang)));
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
