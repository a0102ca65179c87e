package io.ultralink.llm.batch;

import java.util.List;

/**
 * A provider's batch API: many chat requests submitted at once under custom ids, answered within
 * the provider's completion window, usually at half the online price. Implementations are safe for
 * concurrent use and throw {@link io.ultralink.error.LlmException} subtypes on failure.
 */
public interface BatchClient extends AutoCloseable {

    /**
     * Submits {@code items} as one batch.
     *
     * @param items the requests, custom ids unique
     * @return the provider's batch id
     */
    String submit(List<BatchItem> items);

    /**
     * Finds a batch submitted with {@code submissionKey} ({@link #submissionKey}) whose id the caller
     * did not learn (it stopped between sending and journalling), so that it is polled rather than
     * paid for again. The default finds nothing: such requests are then submitted once more.
     */
    default java.util.Optional<String> findSubmitted(String submissionKey) {
        return java.util.Optional.empty();
    }

    /**
     * A key naming a submission by its custom ids (32 hex digits), which clients attach to a batch
     * where the provider keeps metadata.
     */
    static String submissionKey(List<String> customIds) {
        return io.ultralink.llm.batch.internal.CustomIds.ofList(customIds);
    }

    /** The batch's current status. */
    BatchStatus status(String batchId);

    /**
     * The outcome of every request of an {@linkplain BatchState#ENDED ended} batch; a request the
     * provider reports nothing for is missing from the list.
     */
    List<BatchOutcome> results(String batchId);

    /** Asks the provider to cancel the batch; requests already answered keep their answers. */
    void cancel(String batchId);

    /** The model the requests go to. */
    String modelName();

    /** Names the backend, where it is reached and the model, as {@link io.ultralink.llm.ChatModel#identity()}. */
    default String identity() {
        return modelName();
    }

    /** Releases what the client created. The default does nothing. */
    @Override
    default void close() {
    }
}
