package io.ultralink.spark;

import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import java.io.Serializable;

/**
 * Builds the {@link LanguageSpecificPipeline} (with its model client) an executor generates with. Shipped to
 * every executor, which builds it once and shares it between its tasks, so one model client serves an executor;
 * an implementation must be serializable and should be a value (a record): executors key the built instance by
 * {@code equals}.
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {

    /** Builds the pipeline (called once per executor JVM). */
    LanguageSpecificPipeline create();
}
