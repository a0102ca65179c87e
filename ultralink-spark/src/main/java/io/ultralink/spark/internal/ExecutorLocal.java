package io.ultralink.spark.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What an executor JVM builds once and shares between its tasks (model clients, detectors, token tables), keyed by
 * the value of the factory that describes it. Not API.
 */
public final class ExecutorLocal {

    private static final Map<Object, Object> BUILT = new ConcurrentHashMap<>();

    private ExecutorLocal() {
    }

    /** The instance {@code factory} describes, built by {@code build} on first use in this JVM. */
    @SuppressWarnings("unchecked")
    public static <F, T> T get(F factory, Function<F, T> build) {
        return (T) BUILT.computeIfAbsent(factory, f -> build.apply((F) f));
    }
}
