package io.ultralink.prune.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A reservoir that keeps the {@code k} items with the smallest random keys seen so far. With keys
 * independent and uniform, every {@code k}-subset of the stream is equally likely to remain
 * (priority sampling); memory is {@code O(k)}. Not API.
 *
 * @param <T> item type
 */
public final class BottomK<T> {

    /** An item with its key and position in the stream. */
    public record Entry<T>(double key, long order, T item) {
    }

    private static final Comparator<Entry<?>> BY_KEY = Comparator.<Entry<?>>comparingDouble(Entry::key)
            .thenComparingLong(Entry::order);

    private final int k;
    private final PriorityQueue<Entry<T>> heap;

    /** A reservoir of capacity {@code k >= 0}. */
    public BottomK(int k) {
        this.k = k;
        this.heap = new PriorityQueue<>(Math.max(1, Math.min(k, 1 << 16)), BY_KEY.reversed());
    }

    /** Offers an item. */
    public void offer(double key, long order, T item) {
        if (k == 0) {
            return;
        }
        if (heap.size() < k) {
            heap.add(new Entry<>(key, order, item));
            return;
        }
        Entry<T> top = heap.peek();
        if (key < top.key() || key == top.key() && order < top.order()) {
            heap.poll();
            heap.add(new Entry<>(key, order, item));
        }
    }

    /** The kept entries, smallest key first. */
    public List<Entry<T>> byKey() {
        List<Entry<T>> out = new ArrayList<>(heap);
        out.sort(BY_KEY);
        return out;
    }

    /** The kept items in stream order. */
    public List<T> inStreamOrder() {
        return inOrder(new ArrayList<>(heap));
    }

    /** {@code entries}' items sorted by stream position. */
    public static <T> List<T> inOrder(List<Entry<T>> entries) {
        entries.sort(Comparator.comparingLong(Entry::order));
        return entries.stream().map(Entry::item).toList();
    }
}
