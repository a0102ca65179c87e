package io.ultralink.translate;

import java.util.Objects;

/**
 * The outcome of one verification.
 *
 * @param check what was verified
 * @param passed whether it held
 * @param detail why it failed, or a short note (empty allowed)
 */
public record CheckResult(Check check, boolean passed, String detail) {

    /** Validates non-null fields. */
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    /** A passed check. */
    public static CheckResult pass(Check check) {
        return new CheckResult(check, true, "");
    }

    /** A failed check with its reason. */
    public static CheckResult fail(Check check, String detail) {
        return new CheckResult(check, false, detail);
    }
}
