package io.ultralink.spark.internal;

import io.ultralink.error.AuthenticationException;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.RunStoppedException;
import io.ultralink.format.JsonlRecords;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.spark.PipelineFactory;
import io.ultralink.run.Fingerprint;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the dialogues of one partition of numbered segments with the executor's shared pipeline (one model
 * client per executor), lazily, one row per segment: the record in the release shape and its provenance, or the
 * reason it failed, with the fingerprint and input digest it was made under (for resuming). A failed segment is
 * tried once more at once, as the single-machine run does at its end; an error that no segment can survive
 * (credentials, configuration, a cap) fails the task. Rows leave only through the job's output commit, so a
 * retried or speculative attempt adds nothing. Not API.
 */
public final class GenerateTask implements FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The schema of the generated rows. */
    public static final StructType SCHEMA = new StructType()
            .add("segmentId", DataTypes.StringType, false)
            .add(SegmentRows.LANG, DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, true)
            .add("record", DataTypes.StringType, true)
            .add("provenance", DataTypes.StringType, true)
            .add("failure", DataTypes.StringType, true)
            .add("input", DataTypes.StringType, false)
            .add("fingerprint", DataTypes.StringType, false)
            .add("settings", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType, false)
            .add("run", DataTypes.LongType, false);

    private final PipelineFactory factory;
    private final long run;

    /** A task function generating with what {@code factory} builds, marking its rows with {@code run}. */
    public GenerateTask(PipelineFactory factory, long run) {
        this.factory = factory;
        this.run = run;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<Row, Long>> numbered) {
        LanguageSpecificPipeline pipeline = ExecutorLocal.get(factory, PipelineFactory::create);
        Map<String, Fingerprint> fingerprints = new HashMap<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return numbered.hasNext();
            }

            @Override
            public Row next() {
                Tuple2<Row, Long> t = numbered.next();
                Segment segment = SegmentRows.fromRow(t._1());
                Row row = generate(pipeline, segment, t._2());
                Fingerprint f = fingerprints.computeIfAbsent(segment.source().language().code(),
                        lang -> pipeline.fingerprint(segment.source().language()));
                String outcome = row.isNullAt(4) ? row.isNullAt(6) ? "rejected" : "error" : "accepted";
                return RowFactory.create(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5),
                        row.get(6), SegmentRows.inputDigest(segment.id(), segment.text()), f.digest(), f.toString(),
                        outcome, run);
            }
        };
    }

    private static Row generate(LanguageSpecificPipeline pipeline, Segment segment, long n) {
        String lang = segment.source().language().code();
        Optional<SftRecord> record;
        try {
            record = attempt(pipeline, segment, n);
        } catch (FatalGenerationException e) {
            throw e;
        } catch (RuntimeException first) {
            try {
                record = attempt(pipeline, segment, n);
            } catch (FatalGenerationException e) {
                throw e;
            } catch (RuntimeException again) {
                return RowFactory.create(segment.id(), lang, n, null, null, null,
                        again.getClass().getSimpleName() + ": " + again.getMessage());
            }
        }
        if (record.isEmpty()) {
            return RowFactory.create(segment.id(), lang, n, null, null, null, null);
        }
        SftRecord r = record.get();
        ObjectNode provenance = JSON.createObjectNode().put("id", r.id());
        new TreeMap<>(r.metadata()).forEach(provenance::put);
        return RowFactory.create(segment.id(), lang, n, r.id(), JsonlRecords.toLine(r, RecordFormat.ULTRALINK, false),
                JSON.writeValueAsString(provenance), null);
    }

    private static Optional<SftRecord> attempt(LanguageSpecificPipeline pipeline, Segment segment, long n) {
        try {
            return pipeline.generateRecord(segment, n);
        } catch (AuthenticationException | ConfigurationException | RunStoppedException e) {
            throw new FatalGenerationException(segment.id(), e);
        }
    }

    /** Fails the task (and so the job): no segment can succeed, or the run must stop. */
    static final class FatalGenerationException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        FatalGenerationException(String segmentId, RuntimeException cause) {
            super("generation stopped at segment " + segmentId + ": " + cause.getMessage(), cause);
        }
    }

}
