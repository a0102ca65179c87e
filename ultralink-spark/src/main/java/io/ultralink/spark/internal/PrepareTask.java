package io.ultralink.spark.internal;

import io.ultralink.spark.PreparationFactory;
import io.ultralink.text.prepare.KnowledgePreparation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Prepares one slice on an executor with the executor's shared {@link KnowledgePreparation}, giving its segments
 * as rows in slice order. A slice's segments are held until it ends, so slices are sized to fit (a 16 MB range
 * of a compressed dump gives well under 100 MB of segment text). Not API.
 */
public final class PrepareTask implements FlatMapFunction<SliceTask, Row> {

    private static final long serialVersionUID = 1L;

    private final PreparationFactory factory;

    /** A task function preparing with what {@code factory} builds. */
    public PrepareTask(PreparationFactory factory) {
        this.factory = factory;
    }

    @Override
    public Iterator<Row> call(SliceTask task) {
        KnowledgePreparation preparation = ExecutorLocal.get(factory, PreparationFactory::create);
        List<Row> rows = new ArrayList<>();
        preparation.prepare(task.slice(), s -> rows.add(SegmentRows.toRow(s, task, rows.size())));
        return rows.iterator();
    }
}
