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
