package io.ultralink.llm.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A shared pool of daemon threads for blocking model calls made asynchronous. Not API. */
public final class AsyncCalls {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(new DaemonThreads());

    private AsyncCalls() {
    }

    /** Runs {@code call} on the shared pool. */
    public static <T> CompletableFuture<T> supply(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, POOL);
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ultralink-chat-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
