package io.ultralink.pipeline.internal;

import io.ultralink.error.UltraLinkException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a stage's tasks on a fixed number of daemon threads, with at most twice as many tasks waiting
 * (a submitter blocks beyond that, so a stage never holds its whole input in memory). The first task
 * that throws is the stage's failure: tasks not yet started are then skipped, and the submitting loop
 * sees {@link #failed()}. Not API.
 */
public final class StageExecutor implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** An executor of {@code threads} threads named {@code name}. */
    public StageExecutor(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.capacity = 2 * threads;
        this.slots = new Semaphore(capacity);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task}, waiting for a free slot first. */
    public void execute(Runnable task) {
        submit(() -> {
            task.run();
            return null;
        });
    }

    /** Runs {@code task}, waiting for a free slot first; the future holds its result or failure. */
    public <T> Future<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        slots.acquireUninterruptibly();
        try {
            pool.execute(() -> {
                try {
                    if (failure.get() != null) {
                        result.cancel(false);
                        return;
                    }
                    result.complete(task.call());
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    result.completeExceptionally(t);
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        return result;
    }

    /** Whether a task failed. */
    public boolean failed() {
        return failure.get() != null;
    }

    /** The first failure, if any. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Waits until every submitted task has ended. */
    public void awaitIdle() {
        slots.acquireUninterruptibly(capacity);
        slots.release(capacity);
    }

    /** Throws the first failure, as it was when unchecked. */
    public void rethrow() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new UltraLinkException("stage task failed: " + t, t);
        }
    }

    /** Waits for running tasks to end, then stops the threads. */
    @Override
    public void close() {
        awaitIdle();
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
