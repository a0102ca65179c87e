package io.ultralink.internal;

import java.util.Objects;

/** Argument checks shared by the records of the SDK. Not API. */
public final class Checks {

    private Checks() {
    }

    /** Returns {@code value} if it is non-null and not blank, else throws naming {@code field}. */
    public static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} if it is at least zero, else throws naming {@code field}. */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is at least zero, else throws naming {@code field}. */
    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }
}
