package io.ultralink.benchmarks;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link ChatModel} decorator that sums the time its calls take, so that a pass's share of the ideal
 * {@code L x calls / C} can be split into how many calls were in flight on average ({@link #meanInFlight})
 * and how much longer than {@code L} a call took as the pipeline saw it ({@link #meanCallMillis}): the
 * first falls short of {@code C} while slots wait between dialogues or at the end of a pass, the second
 * exceeds {@code L} by the client's own time per call.
 */
final class InFlightMeter implements ChatModel {

    private final ChatModel delegate;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    InFlightMeter(ChatModel delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        long start = System.nanoTime();
        try {
            return delegate.chat(request);
        } finally {
            nanos.addAndGet(System.nanoTime() - start);
            calls.incrementAndGet();
        }
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public String identity() {
        return delegate.identity();
    }

    /** The mean number of calls in flight over {@code wallSeconds}. */
    double meanInFlight(double wallSeconds) {
        return nanos.get() / 1e9 / wallSeconds;
    }

    /** The mean duration of a call in milliseconds. */
    double meanCallMillis() {
        return nanos.get() / 1e6 / Math.max(1, calls.get());
    }
}
