package io.ultralink.mix;

/** How records of several languages are ordered for training (paper App. A). */
public enum MixMode {
    /** One seeded shuffle across all languages: the paper's best (HumanEval-Zh 44.9). */
    MIXED,
    /** Each part in turn, in the order given, records in their own order (40.8 in the paper). */
    SEQUENTIAL
}
