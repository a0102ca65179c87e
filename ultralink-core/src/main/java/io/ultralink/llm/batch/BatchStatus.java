package io.ultralink.llm.batch;

import io.ultralink.internal.Checks;
import java.util.Objects;

/**
 * What a provider reports of a batch.
 *
 * @param batchId the provider's batch id
 * @param state the common state
 * @param providerState the provider's own word for it ({@code in_progress}, {@code ended}, ...)
 * @param total requests in the batch
 * @param succeeded requests answered so far
 * @param failed requests that errored, expired or were cancelled so far
 */
public record BatchStatus(String batchId, BatchState state, String providerState, int total, int succeeded,
        int failed) {

    /** Validates the fields. */
    public BatchStatus {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(providerState, "providerState");
        Checks.notNegative(total, "total");
        Checks.notNegative(succeeded, "succeeded");
        Checks.notNegative(failed, "failed");
    }

    /** Requests with an outcome so far. */
    public int completed() {
        return succeeded + failed;
    }
}
