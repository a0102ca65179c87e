package io.ultralink.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The share of answers a {@link FaultyChatServer} turns into each kind of fault. {@link #ISSUE} is
 * the mix of issue 24, about one answer in six.
 *
 * @param shares fault to its probability per answer; the rest are correct answers
 */
public record FaultMix(Map<Fault, Double> shares) {

    /** The kinds of fault. */
    public enum Fault {
        /** 429 with {@code Retry-After: 1}. */
        RATE_LIMITED_SECONDS,
        /** 429 with {@code retry-after-ms: 300}. */
        RATE_LIMITED_MILLIS,
        /** 500. */
        SERVER_ERROR,
        /** 503. */
        UNAVAILABLE,
        /** The connection closed before any answer. */
        DROPPED_CONNECTION,
        /** 200 whose JSON body is cut off halfway. */
        CUT_OFF_JSON,
        /** 200 with {@code "choices": []}. */
        EMPTY_CHOICES
    }

    /** No faults. */
    public static final FaultMix NONE = new FaultMix(Map.of());

    /** 429 Retry-After 1 s 5%, 429 retry-after-ms 300 3%, 500 3%, 503 3%, dropped 2%, cut-off 1%, empty 1%. */
    public static final FaultMix ISSUE = new FaultMix(ordered(0.05, 0.03, 0.03, 0.03, 0.02, 0.01, 0.01));

    /** Validates and copies. */
    public FaultMix {
        Objects.requireNonNull(shares, "shares");
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < 0 || total > 1 || shares.values().stream().anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("fault shares must be >= 0 and add up to at most 1: " + shares);
        }
        shares = Map.copyOf(shares);
    }

    /** This mix with every share multiplied by {@code factor}. */
    public FaultMix times(double factor) {
        Map<Fault, Double> out = new LinkedHashMap<>();
        shares.forEach((f, v) -> out.put(f, v * factor));
        return new FaultMix(out);
    }

    /** The fault for a uniform draw {@code u} in [0, 1), or {@code null} for a correct answer. */
    public Fault pick(double u) {
        double at = 0;
        for (Fault f : Fault.values()) {
            at += shares.getOrDefault(f, 0.0);
            if (u < at) {
                return f;
            }
        }
        return null;
    }

    /** The share of answers that are faults. */
    public double total() {
        return shares.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Map<Fault, Double> ordered(double... values) {
        Map<Fault, Double> out = new LinkedHashMap<>();
        for (Fault f : Fault.values()) {
            out.put(f, values[f.ordinal()]);
        }
        return out;
    }
}
