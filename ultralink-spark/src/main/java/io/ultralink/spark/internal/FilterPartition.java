package io.ultralink.spark.internal;

import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.spark.AgnosticFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Culture-filters one partition of English items ({@link WorkRows#ITEMS}) with
 * {@link LanguageAgnosticPipeline#filter} into the attempt's scratch folder, one verdict row per item
 * ({@link WorkRows#VERDICTS}); an item whose judge failed twice is not kept, as on one machine. Not API.
 */
public final class FilterPartition implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

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
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).id();
                out.add(RowFactory.create(id, inputs.get(i), fingerprint.digest(), fingerprint.toString(),
                        kept.contains(id), run));
            }
        } finally {
            Scratch.delete(scratch);
        }
        return out.iterator();
    }
}
