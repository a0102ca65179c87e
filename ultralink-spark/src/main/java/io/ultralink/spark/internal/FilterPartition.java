package io.ultralink.spark.internal;

import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.spark.AgnosticFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Culture-filters one partition of English items ({@link WorkRows#ITEMS}) with
 * {@link LanguageAgnosticPipeline#filter} into the attempt's scratch folder, one verdict row per item
 * ({@link WorkRows#VERDICTS}); an item whose judge failed twice is not kept, as on one machine, and is marked so
 * that a rerun judges it again. Not API.
 */
public final class FilterPartition implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final AgnosticFactory factory;
    private final long run;

    /** Judges with the filter of what {@code factory} builds for English, marking rows with {@code run}. */
    public FilterPartition(AgnosticFactory factory, long run) {
        this.factory = factory;
        this.run = run;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        List<Conversation> items = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        rows.forEachRemaining(r -> {
            items.add(ConversationRows.fromJson(r.getString(1)));
            inputs.add(r.getString(2));
        });
        List<Row> out = new ArrayList<>();
        if (items.isEmpty()) {
            return out.iterator();
        }
        var scratch = Scratch.forAttempt("filter");
        try {
            LanguageAgnosticPipeline pipeline = factory.create(LanguageCode.EN, scratch);
            Set<String> kept = new HashSet<>();
            pipeline.filter(items.iterator()).forEach(c -> kept.add(c.id()));
            var fingerprint = pipeline.filterFingerprint();
            Set<String> errors = judgeErrors(scratch.resolve("failures.jsonl"));
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).id();
                out.add(RowFactory.create(id, inputs.get(i), fingerprint.digest(), fingerprint.toString(),
                        kept.contains(id), errors.contains(id), run));
            }
        } finally {
            Scratch.delete(scratch);
        }
        return out.iterator();
    }

    /** The ids whose judge failed, from the pipeline's failures file. */
    private static Set<String> judgeErrors(Path failures) {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(failures)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(failures)) {
                JsonNode n = line.isBlank() ? null : JSON.readTree(line);
                if (n != null && n.path("stage").asString("").equals("filter")
                        && n.path("status").asString("").equals("error")) {
                    ids.add(n.path("id").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + failures, e);
        }
        return ids;
    }
}
