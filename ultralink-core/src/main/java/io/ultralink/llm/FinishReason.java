package io.ultralink.llm;

/** Why the model stopped producing text. */
public enum FinishReason {
    /** A natural end or a stop sequence. */
    STOP,
    /** The token limit cut the output: the text is truncated. */
    LENGTH,
    /** The provider's content filter withheld or cut the output. */
    CONTENT_FILTER,
    /** The model asked to call a tool instead of answering. */
    TOOL_CALLS,
    /** Anything else the provider reported, or nothing. */
    OTHER;

    /** Whether the text ended on its own and is complete. */
    public boolean isComplete() {
        return this == STOP;
    }
}
