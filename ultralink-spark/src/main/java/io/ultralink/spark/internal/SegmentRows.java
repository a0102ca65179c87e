package io.ultralink.spark.internal;

import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The segments Dataset's rows: the fields of a {@link io.ultralink.format.SegmentJsonl} line, then the three
 * keys of the single-machine run's order (input, byte offset of the slice, position within the slice). Not API.
 */
public final class SegmentRows {

    /** Column of the language, the partition column of the written Datasets. */
    public static final String LANG = "lang";
    /** The order columns, in sort order. */
    public static final String[] ORDER = {"input", "sliceStart", "position"};

    /** The schema. */
    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add(LANG, DataTypes.StringType, false)
            .add("pageId", DataTypes.LongType, false)
            .add("revisionId", DataTypes.LongType, false)
            .add("title", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, false)
            .add("index", DataTypes.IntegerType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("tokens", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add(ORDER[0], DataTypes.IntegerType, false)
            .add(ORDER[1], DataTypes.LongType, false)
            .add(ORDER[2], DataTypes.LongType, false);

    private SegmentRows() {
    }

    /** The row of {@code s}, the {@code position}-th segment of the slice of {@code task}. */
    public static Row toRow(Segment s, SliceTask task, long position) {
        SourceRef src = s.source();
        return RowFactory.create(s.id(), src.language().code(), src.pageId(), src.revisionId(), src.title(), src.url(),
                s.index(), s.start(), s.end(), s.tokenCount(), s.text(), task.input(), task.start(), position);
    }

    /** The segment of a row (by column name, so projections and read-back Datasets work too). */
    public static Segment fromRow(Row r) {
        SourceRef src = new SourceRef(LanguageCode.of(r.getAs(LANG)), r.<Long>getAs("pageId"),
                r.<Long>getAs("revisionId"), r.getAs("title"), r.getAs("url"));
        return new Segment(src, r.<Integer>getAs("index"), r.<Integer>getAs("start"), r.<Integer>getAs("end"),
                r.<Integer>getAs("tokens"), r.getAs("text"));
    }

    /** The digest of a segment's id and text: the input a generated row was made from. */
    public static String inputDigest(String id, String text) {
        return io.ultralink.run.Fingerprint.sha256(id + "\n" + text).substring(0, 16);
    }
}
