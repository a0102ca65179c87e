package io.ultralink.spark;

import io.ultralink.text.prepare.KnowledgePreparation;
import java.io.Serializable;

/**
 * Builds the {@link KnowledgePreparation} an executor runs its slices with. Shipped to every executor, which
 * builds it once and shares it between its tasks, so an implementation must be serializable and should be a
 * value (a record): executors key the built instance by {@code equals}.
 */
@FunctionalInterface
public interface PreparationFactory extends Serializable {

    /** Builds the preparation (called once per executor JVM). */
    KnowledgePreparation create();
}
