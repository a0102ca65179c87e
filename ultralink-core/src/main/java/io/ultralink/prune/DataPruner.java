package io.ultralink.prune;

import io.ultralink.model.DataType;
import java.util.Iterator;
import java.util.function.Function;

/**
 * Chooses, for each target language, which English examples of one data type get translated, under
 * that language's budget (paper §2.4, Figs. 11–12).
 *
 * <p>Contract: one pass over {@code items}, memory bounded by the budgets (not the stream length);
 * for a language with budget {@code k} over a stream of {@code n} items it keeps
 * {@code min(k, n)} items, each subset of that size equally likely (uniform sampling); a language
 * without a budget keeps every item. The choice depends only on the run seed, the items' stable
 * ids and their order, so the same seed and input give the same selection. The configured
 * {@link OverlapStrategy} decides how languages' selections relate.
 */
public interface DataPruner {

    /**
     * Selects items for every configured language.
     *
     * @param items the source examples, read once
     * @param stableId the stable id of an item (seeding keys on it)
     * @param type the data type of all items (budgets are per type)
     */
    <T> PruneSelection<T> select(Iterator<? extends T> items, Function<? super T, String> stableId, DataType type);
}
