package io.ultralink.prune;

/** How the selections of different languages relate (paper §2.4). */
public enum OverlapStrategy {
    /** Each language samples independently (the paper's choice for maths and code). */
    RANDOM,
    /** Every language gets the same items, as far as budgets allow (the paper's choice for agnostic chat). */
    SHARED,
    /** No source item is selected for two languages. */
    DISJOINT
}
