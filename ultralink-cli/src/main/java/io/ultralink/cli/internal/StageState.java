package io.ultralink.cli.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the stages of one invocation hand on to each other (filtered chat, pruned selections, input
 * problems already reported), each value under a typed {@link Key}, so a reader gets the type the
 * writer stored without a cast. Not API.
 */
public final class StageState {

    /**
     * The name and type of one shared value. Keys are compared by identity: declare each once, as a
     * constant of the class that owns the value.
     *
     * @param <T> the type of the value
     */
    public static final class Key<T> {

        private final String name;

        private Key(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<Key<?>, Object> values = new HashMap<>();

    /**
     * A new key.
     *
     * @param name what the value is, for messages
     * @param <T> the type of the value
     * @return the key
     */
    public static <T> Key<T> key(String name) {
        return new Key<>(name);
    }

    /**
     * The value under {@code key}, made by {@code compute} on first use. {@code compute} may itself
     * read other keys.
     *
     * @param key the key
     * @param compute how to make the value when absent (must not return null)
     * @param <T> its type
     * @return the value
     */
    public synchronized <T> T computeIfAbsent(Key<T> key, Supplier<T> compute) {
        Object v = values.get(key);
        if (v == null) {
            v = Objects.requireNonNull(compute.get(), () -> "no value computed for " + key);
            values.put(key, v);
        }
        @SuppressWarnings("unchecked") // only computeIfAbsent stores, always under a Key<T> with a T
        T typed = (T) v;
        return typed;
    }
}
