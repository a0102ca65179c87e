package io.ultralink.spark;

import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Builds the {@link LanguageAgnosticPipeline} a Spark task filters or translates with. Shipped to every executor;
 * an implementation should build its model client once per executor JVM and share it between the pipelines it
 * makes (one per task and target language, each writing into a scratch folder of its own), so it must be
 * serializable and should be a value (a record).
 */
@FunctionalInterface
public interface AgnosticFactory extends Serializable {

    /**
     * A pipeline translating into {@code target} (the culture filter is that of {@link LanguageCode#EN}'s
     * pipeline) that writes into {@code outputDir}.
     */
    LanguageAgnosticPipeline create(LanguageCode target, Path outputDir);
}
