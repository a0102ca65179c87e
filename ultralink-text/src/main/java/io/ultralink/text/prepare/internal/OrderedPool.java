package io.ultralink.text.prepare.internal;

import io.ultralink.error.UltraLinkException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a fixed pool with a bounded number in flight and hands their results to a consumer in
 * submission order, on the submitting thread.
 */
public final class OrderedPool<T> implements AutoCloseable {

    private final ExecutorService pool;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();
    private final int window;

    /** Creates a pool of {@code threads} daemon threads. */
    public OrderedPool(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ultralink-prepare");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 8;
    }

    /** Submits a task; when the window is full, first consumes the oldest result. */
    public void submit(Callable<T> task, Consumer<T> consumer) {
        inFlight.add(pool.submit(task));
        while (inFlight.size() > window || !inFlight.isEmpty() && inFlight.peek().isDone()) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    /** Consumes every pending result in order. */
    public void drain(Consumer<T> consumer) {
        while (!inFlight.isEmpty()) {
            consumer.accept(await(inFlight.poll()));
        }
    }

    private T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UltraLinkException("interrupted while preparing", e);
        } catch (ExecutionException e) {
            throw new UltraLinkException("a preparation task failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
