package io.ultralink.prune.internal;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.prune.DataPruner;
import io.ultralink.prune.OverlapStrategy;
import io.ultralink.prune.PruneSelection;
import io.ultralink.prune.PruningBudget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The {@link DataPruner} built by {@link io.ultralink.prune.DataPruners}. Not API. */
public final class ReservoirPruner implements DataPruner {

    private final List<LanguageCode> languages;
    private final PruningBudget budget;
    private final OverlapStrategy strategy;
    private final long seed;

    /** Creates the pruner; arguments are validated by the builder. */
    public ReservoirPruner(List<LanguageCode> languages, PruningBudget budget, OverlapStrategy strategy, long seed) {
        this.languages = languages;
        this.budget = budget;
        this.strategy = strategy;
        this.seed = seed;
    }

    @Override
    public <T> PruneSelection<T> select(Iterator<? extends T> items, Function<? super T, String> stableId,
            DataType type) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(stableId, "stableId");
        Objects.requireNonNull(type, "type");
        Map<LanguageCode, BottomK<T>> reservoirs = new LinkedHashMap<>();
        Map<LanguageCode, List<T>> unlimited = new LinkedHashMap<>();
        int total = 0;
        for (LanguageCode lang : languages) {
            OptionalInt limit = budget.limit(lang, type);
            if (limit.isPresent()) {
                reservoirs.put(lang, new BottomK<>(limit.getAsInt()));
                total += limit.getAsInt();
            } else {
                unlimited.put(lang, new ArrayList<>());
            }
        }
        BottomK<T> pooled = new BottomK<>(total);
        Map<LanguageCode, Long> salts = new LinkedHashMap<>();
        reservoirs.keySet().forEach(l -> salts.put(l, StableHash.hash(seed, "language\u0000" + l.code())));
        long seen = 0;
        String typeToken = type.fileToken();
        while (items.hasNext()) {
            T item = items.next();
            String id = stableId.apply(item);
            long order = seen++;
            unlimited.values().forEach(l -> l.add(item));
            switch (strategy) {
                case RANDOM:
                    long base = StableHash.hash(seed, typeToken + "\u0000" + id);
                    for (Map.Entry<LanguageCode, BottomK<T>> e : reservoirs.entrySet()) {
                        e.getValue().offer(StableHash.toUnit(StableHash.mix(base ^ salts.get(e.getKey()))), order, item);
                    }
                    break;
                case SHARED:
                    double key = StableHash.unit(seed, typeToken + "\u0000" + id);
                    reservoirs.values().forEach(r -> r.offer(key, order, item));
                    break;
                case DISJOINT:
                    pooled.offer(StableHash.unit(seed, typeToken + "\u0000" + id), order, item);
                    break;
                default:
                    throw new IllegalStateException(strategy.name());
            }
        }
        Map<LanguageCode, List<T>> selected = new LinkedHashMap<>();
        Map<LanguageCode, List<T>> dealt = strategy == OverlapStrategy.DISJOINT ? deal(pooled, reservoirs, type)
                : Map.of();
        for (LanguageCode lang : languages) {
            if (unlimited.containsKey(lang)) {
                selected.put(lang, unlimited.get(lang));
            } else if (strategy == OverlapStrategy.DISJOINT) {
                selected.put(lang, dealt.get(lang));
            } else {
                selected.put(lang, reservoirs.get(lang).inStreamOrder());
            }
        }
        return new PruneSelection<>(selected, seen);
    }

    /** Deals the pooled sample out to the budgeted languages in a seeded random order. */
    private <T> Map<LanguageCode, List<T>> deal(BottomK<T> pooled, Map<LanguageCode, BottomK<T>> reservoirs,
            DataType type) {
        List<BottomK.Entry<T>> drawn = new ArrayList<>(pooled.byKey());
        SplittableRandom random = new SplittableRandom(StableHash.hash(seed, "deal\u0000" + type.fileToken()));
        for (int i = drawn.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            BottomK.Entry<T> tmp = drawn.get(i);
            drawn.set(i, drawn.get(j));
            drawn.set(j, tmp);
        }
        Map<LanguageCode, List<BottomK.Entry<T>>> shares = new LinkedHashMap<>();
        Map<LanguageCode, Integer> room = new LinkedHashMap<>();
        for (LanguageCode lang : reservoirs.keySet()) {
            shares.put(lang, new ArrayList<>());
            room.put(lang, budget.limit(lang, type).getAsInt());
        }
        List<LanguageCode> order = new ArrayList<>(reservoirs.keySet());
        int next = 0;
        for (BottomK.Entry<T> entry : drawn) {
            for (int tries = 0; tries < order.size(); tries++) {
                LanguageCode lang = order.get(next);
                next = (next + 1) % order.size();
                if (room.get(lang) > 0) {
                    shares.get(lang).add(entry);
                    room.put(lang, room.get(lang) - 1);
                    break;
                }
            }
        }
        Map<LanguageCode, List<T>> out = new LinkedHashMap<>();
        shares.forEach((lang, entries) -> out.put(lang, BottomK.inOrder(entries)));
        return out;
    }
}
