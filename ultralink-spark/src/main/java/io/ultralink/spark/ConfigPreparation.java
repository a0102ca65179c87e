package io.ultralink.spark;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.spark.internal.ConfigComponents;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The preparation the YAML file of {@code ultralink run} describes ({@code prepare.*}, {@code packs},
 * {@code input.maxPageBytes}), built on each executor from the file, which must be readable there at the same path.
 * Each task decompresses on its own thread, so an executor's cores are its tasks.
 *
 * @param configFile the YAML file
 * @param overrides dotted config keys to values, applied over the file (as command-line options are)
 */
public record ConfigPreparation(String configFile, Map<String, String> overrides) implements PreparationFactory {

    private static final long serialVersionUID = 1L;

    /** Copies the overrides into a sorted, serializable map. */
    public ConfigPreparation {
        Objects.requireNonNull(configFile, "configFile");
        overrides = new TreeMap<>(overrides);
    }

    @Override
    public KnowledgePreparation create() {
        ResolvedConfig config = ConfigComponents.load(configFile, overrides);
        KnowledgePreparation.Builder b = KnowledgePreparation.builder();
        config.dumpLanguage().ifPresent(b::language);
        var packs = ConfigComponents.packs(config);
        return b.packs(packs)
                .keepReferenceSections(Boolean.TRUE.equals(config.prepare().keepReferenceSections()))
                .tokenCounter(ConfigComponents.tokenCounter(config))
                .segmenterSettings(ConfigComponents.segmenterSettings(config.prepare()))
                .languageDetector(LinguaLanguageDetector.forPacks(packs.all()))
                .maxPageBytes(config.maxPageBytes())
                .threads(1)
                .build();
    }
}
