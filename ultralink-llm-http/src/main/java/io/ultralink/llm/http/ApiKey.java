package io.ultralink.llm.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An API key that never shows itself: {@link #toString()} is masked, and {@link #scrub} removes the
 * key from any text (service error messages sometimes echo it).
 */
public final class ApiKey {

    private static final ApiKey NONE = new ApiKey(() -> null);

    private final Supplier<String> supplier;

    private ApiKey(Supplier<String> supplier) {
        this.supplier = supplier;
    }

    /** A key read from {@code supplier} at each call (so rotated keys are picked up). */
    public static ApiKey of(Supplier<String> supplier) {
        return new ApiKey(Objects.requireNonNull(supplier, "supplier"));
    }

    /** No key (local servers). */
    public static ApiKey none() {
        return NONE;
    }

    /** The key, when one is configured and not blank. */
    public Optional<String> value() {
        return Optional.ofNullable(supplier.get()).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** {@code text} with every occurrence of the key replaced by {@code ****}. */
    public String scrub(String text) {
        Optional<String> key = value();
        if (text == null || key.isEmpty() || key.get().length() < 4) {
            return text;
        }
        return text.replace(key.get(), "****");
    }

    @Override
    public String toString() {
        return value().isPresent() ? "ApiKey[****]" : "ApiKey[none]";
    }
}
