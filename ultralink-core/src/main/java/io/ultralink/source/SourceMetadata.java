package io.ultralink.source;

/** Metadata keys the source readers put on conversations, beside those of {@link io.ultralink.model.MetadataKeys}. */
public final class SourceMetadata {

    /** HumanEval task id ({@code HumanEval/0}). */
    public static final String TASK_ID = "task_id";
    /** HumanEval entry point: the function name the tests call. */
    public static final String ENTRY_POINT = "entry_point";
    /** HumanEval test code, carried unchanged. */
    public static final String TEST = "test";
    /** MetaMathQA item type ({@code GSM_Rephrased}, ...). */
    public static final String MATH_TYPE = "math_type";
    /** How message text is structured: {@value #FORMAT_PYTHON} or {@value #FORMAT_MARKDOWN} (the default). */
    public static final String CONTENT_FORMAT = "content_format";
    /** Messages are Python source: only comments and docstring prose are natural language. */
    public static final String FORMAT_PYTHON = "python";
    /** Messages are prose or markdown, possibly with fenced code. */
    public static final String FORMAT_MARKDOWN = "markdown";
    /** Number of messages the reader dropped to normalise the conversation (leading model turns, blanks). */
    public static final String DROPPED_MESSAGES = "dropped_messages";

    private SourceMetadata() {
    }
}
