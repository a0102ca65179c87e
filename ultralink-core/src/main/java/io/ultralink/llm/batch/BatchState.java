package io.ultralink.llm.batch;

/** Where a batch is in its life, in terms common to every provider. */
public enum BatchState {
    /** Accepted and being validated or queued. */
    QUEUED,
    /** Requests are being answered. */
    RUNNING,
    /** A cancel was asked for and is being carried out. */
    CANCELLING,
    /** Nothing more will happen: completed, failed, expired or cancelled; the results can be read. */
    ENDED;

    /** Whether the batch has ended. */
    public boolean ended() {
        return this == ENDED;
    }
}
