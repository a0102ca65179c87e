package io.ultralink.spark;

import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.ConfiguredBackend;
import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.spark.internal.ConfigComponents;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The language-specific pipeline the YAML file of {@code ultralink run} describes: the backend chosen as
 * {@code ultralink run} chooses it ({@code backend.*}, API keys from the executor's environment), {@code seed},
 * {@code generate.*} and the packs. Built once per executor, so each executor holds one model client, used by
 * all its tasks at once ({@code backend.concurrency} does not apply: an executor's cores are its concurrency).
 * A dry run is refused: the forecast is a single-machine feature ({@code ultralink run --dry-run}).
 *
 * @param configFile the YAML file, readable on every executor at this path
 * @param overrides dotted config keys to values, applied over the file
 */
public record ConfigPipeline(String configFile, Map<String, String> overrides) implements PipelineFactory {

    private static final long serialVersionUID = 1L;

    /** Copies the overrides into a sorted, serializable map. */
    public ConfigPipeline {
        Objects.requireNonNull(configFile, "configFile");
        overrides = new TreeMap<>(overrides);
    }

    @Override
    public LanguageSpecificPipeline create() {
        ResolvedConfig config = ConfigComponents.load(configFile, overrides);
        if (config.dryRun()) {
            throw new ConfigurationException("dryRun is not supported on Spark; forecast with 'ultralink run"
                    + " --dry-run' on one machine");
        }
        LanguagePacks packs = ConfigComponents.packs(config);
        ChatModel model = ConfiguredBackend.create(config, System.getenv());
        return LanguageSpecificPipeline.builder()
                .model(model)
                .packs(packs)
                .detector(LinguaLanguageDetector.forPacks(packs.all()))
                .normaliser(OpenCcScriptNormaliser.create())
                .tokenCounter(ConfigComponents.tokenCounter(config))
                .seed(config.seed())
                .settings(ConfigComponents.dialogueSettings(config.generate()))
                .outputDir(Path.of(System.getProperty("java.io.tmpdir")))
                .build();
    }
}
