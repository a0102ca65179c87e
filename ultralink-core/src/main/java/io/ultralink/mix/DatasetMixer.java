package io.ultralink.mix;

import io.ultralink.model.SftRecord;
import io.ultralink.prune.internal.StableHash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Orders records of several languages and types for training.
 *
 * <p>{@link MixMode#MIXED} sorts every record by a seeded hash of its id: a uniformly random order
 * that depends only on the seed and the ids, not on the order of the parts. {@link MixMode#SEQUENTIAL}
 * concatenates the parts as given.
 *
 * <pre>{@code
 * List<SftRecord> training = new DatasetMixer(MixMode.MIXED, 42).mix(List.of(zhMath, enMath, zhCode));
 * }</pre>
 */
public final class DatasetMixer {

    private final MixMode mode;
    private final long seed;

    /** A mixer in {@code mode} with {@code seed} (used by {@link MixMode#MIXED}). */
    public DatasetMixer(MixMode mode, long seed) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.seed = seed;
    }

    /** The records of all {@code parts} in training order. */
    public List<SftRecord> mix(List<? extends Collection<SftRecord>> parts) {
        Objects.requireNonNull(parts, "parts");
        List<SftRecord> all = new ArrayList<>();
        parts.forEach(all::addAll);
        if (mode == MixMode.MIXED) {
            all.sort(Comparator.comparingLong((SftRecord r) -> StableHash.hash(seed, r.id())).thenComparing(SftRecord::id));
        }
        return all;
    }
}
