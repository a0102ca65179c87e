package io.ultralink.model;

/** Names of the metadata entries the SDK writes into records and conversations. */
public final class MetadataKeys {

    /** Stable id of what the record was made from (segment id or source conversation id). */
    public static final String SOURCE_ID = "source_id";
    /** Wiki page id. */
    public static final String PAGE_ID = "page_id";
    /** Wiki revision id. */
    public static final String REVISION_ID = "revision_id";
    /** Wiki page title. */
    public static final String TITLE = "title";
    /** Wiki page address. */
    public static final String URL = "url";
    /** Index of the segment within its document. */
    public static final String SEGMENT_INDEX = "segment_index";
    /** Model that generated or translated the text. */
    public static final String MODEL = "model";
    /** Version of the prompt templates used. */
    public static final String PROMPT_VERSION = "prompt_version";
    /** Run seed. */
    public static final String SEED = "seed";
    /** Source dataset file or name. */
    public static final String SOURCE = "source";
    /** Language of a record, when a format cannot carry it otherwise. */
    public static final String LANGUAGE = "language";
    /** Data type of a record, when a format cannot carry it otherwise. */
    public static final String TYPE = "type";

    /** Prompt layout used to generate a dialogue ({@code PAPER}, {@code CACHE_FRIENDLY}). */
    public static final String PROMPT_LAYOUT = "prompt_layout";
    /** Why a generated dialogue ended ({@code RANDOM_END}, {@code MAX_TURNS}, {@code REJECTED}). */
    public static final String ENDING = "ending";

    private MetadataKeys() {
    }
}
