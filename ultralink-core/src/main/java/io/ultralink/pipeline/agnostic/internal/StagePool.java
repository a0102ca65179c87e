package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.error.UltraLinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one stage's tasks on a fixed number of threads and returns results in submission order. Not API. */
public final class StagePool implements AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<?>> futures = new ArrayList<>();

    /** A pool of {@code threads} daemon threads. */
    public StagePool(int threads, String name) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ultralink-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Submits a task. */
    public <T> Future<T> submit(Callable<T> task) {
        Future<T> f = pool.submit(task);
        futures.add(f);
        return f;
    }

    /** Waits for {@code future}; a task's unchecked exception is rethrown as it was. */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UltraLinkException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new UltraLinkException("stage task failed: " + e.getCause(), e.getCause());
        }
    }

    /** Waits for every submitted task, rethrowing the first failure. */
    public void awaitAll() {
        futures.forEach(StagePool::await);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
