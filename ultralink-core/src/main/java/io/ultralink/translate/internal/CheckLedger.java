package io.ultralink.translate.internal;

import io.ultralink.translate.Check;
import io.ultralink.translate.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects check outcomes over many chunks: a check passed when it never failed. Not API. */
public final class CheckLedger {

    private final Map<Check, CheckResult> results = new LinkedHashMap<>();

    /** Records one outcome: a failure detail, or empty for a pass. */
    public void record(Check check, Optional<String> failure, String where) {
        CheckResult previous = results.get(check);
        if (failure.isPresent()) {
            if (previous == null || previous.passed()) {
                results.put(check, CheckResult.fail(check, where + failure.get()));
            }
        } else if (previous == null) {
            results.put(check, CheckResult.pass(check));
        }
    }

    /** Records a check that could not run on so little text, unless it already ran. */
    public void skipped(Check check, String note) {
        results.putIfAbsent(check, new CheckResult(check, true, note));
    }

    /** Adds a note to a check that has not failed (recording it as passed if it has not run yet). */
    public void note(Check check, String note) {
        CheckResult previous = results.get(check);
        if (previous == null) {
            results.put(check, new CheckResult(check, true, note));
        } else if (previous.passed()) {
            String detail = previous.detail().isEmpty() ? note : previous.detail() + "; " + note;
            results.put(check, new CheckResult(check, true, detail));
        }
    }

    /** Whether every recorded check passed. */
    public boolean allPassed() {
        return results.values().stream().allMatch(CheckResult::passed);
    }

    /** The outcomes in the order checks first ran. */
    public List<CheckResult> results() {
        return new ArrayList<>(results.values());
    }
}
