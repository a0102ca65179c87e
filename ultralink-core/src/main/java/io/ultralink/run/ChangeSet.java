package io.ultralink.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The units of one stage that were finished under another fingerprint or input than the run would use
 * now, collected before any work starts, and what changed. {@link #enforce} applies the run's
 * {@link ResumeMode}. Thread-safe.
 */
public final class ChangeSet {

    private final String stage;
    private final Set<String> units = new LinkedHashSet<>();
    private final Set<String> changes = new LinkedHashSet<>();
    private long changedInputs;

    /** An empty set for {@code stage}. */
    public ChangeSet(String stage) {
        this.stage = stage;
    }

    /**
     * Looks {@code unit} up in {@code log} and, when it changed, remembers it and what changed.
     *
     * @return the lookup
     */
    public synchronized Lookup check(WorkLog log, String unit, Fingerprint now, String input) {
        Lookup l = log.lookup(unit, now, input);
        if (l == Lookup.CHANGED && units.add(unit)) {
            WorkEntry was = log.entry(unit).orElseThrow();
            if (!was.fingerprint().equals(now.digest())) {
                changes.addAll(log.declared(was.fingerprint()).map(now::changesFrom)
                        .orElse(List.of("settings not recorded (made by an earlier version)")));
            } else {
                changedInputs++;
            }
        }
        return l;
    }

    /** The units found changed, in the order found. */
    public synchronized Set<String> units() {
        return Set.copyOf(units);
    }

    /** Adds the units and changes of {@code other} (of another language of the same stage, say). */
    public synchronized void addAll(ChangeSet other) {
        synchronized (other) {
            units.addAll(other.units);
            changes.addAll(other.changes);
            changedInputs += other.changedInputs;
        }
    }

    /** Whether {@code unit} was found changed. */
    public synchronized boolean contains(String unit) {
        return units.contains(unit);
    }

    /** How many units changed. */
    public synchronized int size() {
        return units.size();
    }

    /** What changed, one line a component, plus a line for changed inputs. */
    public synchronized List<String> changes() {
        List<String> out = new ArrayList<>(changes);
        if (changedInputs > 0) {
            out.add("input text changed for " + changedInputs + " unit" + (changedInputs == 1 ? "" : "s"));
        }
        return out;
    }

    /**
     * Under {@link ResumeMode#RESUME}, throws when any unit changed; otherwise returns, the changed
     * units to be redone.
     *
     * @throws ChangedWorkException naming the stage, the count and the changes
     */
    public synchronized void enforce(ResumeMode mode) {
        if (mode == ResumeMode.RESUME && !units.isEmpty()) {
            throw new ChangedWorkException(stage, units.size(), changes());
        }
    }
}
