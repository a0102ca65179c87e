package io.ultralink.spark.internal;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the translation job: the English items, the numbered selection, the culture verdicts and the
 * translations, each committed row carrying the fingerprint (digest and text) and input digest it was made under.
 * Not API.
 */
public final class WorkRows {

    /** The target language column, the partition column of the written Datasets. */
    public static final String LANG = SegmentRows.LANG;

    /** An English item to judge: source id, conversation JSON, input digest. */
    public static final StructType ITEMS = new StructType()
            .add("sourceId", DataTypes.StringType, false)
            .add("conversation", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false);

    /** A selected item to translate: language, number in the language's selection, then as {@link #ITEMS}. */
    public static final StructType SELECTED = new StructType()
            .add(LANG, DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("sourceId", DataTypes.StringType, false)
            .add("conversation", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false);

    /** A culture verdict; {@code error}: the judge failed twice (not kept, judged again by a rerun). */
    public static final StructType VERDICTS = new StructType()
            .add("sourceId", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false)
            .add("fingerprint", DataTypes.StringType, false)
            .add("settings", DataTypes.StringType, false)
            .add("kept", DataTypes.BooleanType, false)
            .add("error", DataTypes.BooleanType, false)
            .add("run", DataTypes.LongType, false);

    /** A translation: the record line when accepted, else the failure line (outcome rejected, invalid or error). */
    public static final StructType TRANSLATED = new StructType()
            .add(LANG, DataTypes.StringType, false)
            .add("n", DataTypes.LongType, false)
            .add("sourceId", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false)
            .add("fingerprint", DataTypes.StringType, false)
            .add("settings", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType, false)
            .add("record", DataTypes.StringType, true)
            .add("failure", DataTypes.StringType, true)
            .add("run", DataTypes.LongType, false);

    private WorkRows() {
    }
}
