package io.ultralink.spark;

import io.ultralink.cli.config.ConfiguredBackend;
import io.ultralink.cli.config.ResolvedConfig;
import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.error.ConfigurationException;
import io.ultralink.filter.CulturePreCheck;
import io.ultralink.filter.ModelCultureFilter;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.usage.UsageLabels;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.prune.PruningBudget;
import io.ultralink.spark.internal.ConfigComponents;
import io.ultralink.spark.internal.ExecutorLocal;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.translate.VerifiedTranslator;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The language-agnostic pipeline of one target as {@code ultralink translate} builds it from the YAML file: the
 * backend ({@code backend.*}, API keys from the executor's environment), {@code seed}, {@code prune.*},
 * {@code translate.*} and {@code filter.maxAttempts}, the packs. The model client, packs and detector are built once
 * per executor JVM and shared by every pipeline it makes. Refused: a dry run and a separate
 * {@code translate.adequacyModel} (back-translation and judging use the backend's model here).
 *
 * @param configFile the YAML file, readable on every executor at this path
 * @param overrides dotted config keys to values, applied over the file
 */
public record ConfigAgnostic(String configFile, Map<String, String> overrides) implements AgnosticFactory {

    private static final long serialVersionUID = 1L;

    /** Copies the overrides into a sorted, serializable map. */
    public ConfigAgnostic {
        Objects.requireNonNull(configFile, "configFile");
        overrides = new TreeMap<>(overrides);
    }

    /** What an executor shares between its pipelines. */
    private record Shared(ResolvedConfig config, ChatModel model, LanguagePacks packs, LanguageDetector detector) {
    }

    @Override
    public LanguageAgnosticPipeline create(LanguageCode target, Path outputDir) {
        Shared s = ExecutorLocal.get(this, ConfigAgnostic::share);
        ResolvedConfig config = s.config();
        UltraLinkConfig.Translate t = config.translate();
        ChatModel translating = UsageLabels.label(s.model(), "translate", target.code());
        VerifiedTranslator.Builder translator = VerifiedTranslator.builder(translating, s.packs(), s.detector())
                .maxAttempts(t.maxAttempts() == null ? 3 : t.maxAttempts())
                .tokenCounter(ConfigComponents.tokenCounter(config)).adequacy(config.adequacy())
                .adequacyModel(translating).judgeAttempts(3);
        if (t.chunkTokens() != null) {
            translator.chunkTokens(t.chunkTokens());
        }
        Integer judgeAttempts = config.filter().maxAttempts();
        ModelCultureFilter judge = ModelCultureFilter.builder(UsageLabels.label(s.model(), "filter",
                LanguageCode.EN.code())).preChecks(List.of(CulturePreCheck.containsUrl()))
                .maxAttempts(judgeAttempts == null ? 3 : judgeAttempts).build();
        return LanguageAgnosticPipeline.builder(translating, s.packs(), s.detector()).targets(List.of(target))
                .seed(config.seed()).concurrency(1).outputDir(outputDir).budget(budget(config, target))
                .cultureFilter(judge).translator(translator.build()).build();
    }

    private static Shared share(ConfigAgnostic factory) {
        ResolvedConfig config = ConfigComponents.load(factory.configFile(), factory.overrides());
        if (config.dryRun()) {
            throw new ConfigurationException("dryRun is not supported on Spark; forecast with 'ultralink run"
                    + " --dry-run' on one machine");
        }
        String adequacyModel = config.translate().adequacyModel();
        if (adequacyModel != null && !adequacyModel.isBlank()) {
            throw new ConfigurationException("config key 'translate.adequacyModel' is not supported on Spark yet;"
                    + " remove it to back-translate and judge with the backend's model");
        }
        LanguagePacks packs = ConfigComponents.packs(config);
        return new Shared(config, ConfiguredBackend.create(config, System.getenv()), packs,
                LinguaLanguageDetector.forPacks(packs.all()));
    }

    /** The budget of {@code ultralink translate}: {@code prune.math}, {@code prune.code}, {@code prune.chat}. */
    private static PruningBudget budget(ResolvedConfig config, LanguageCode target) {
        UltraLinkConfig.Prune pr = config.prune();
        Map<LanguageCode, Map<DataType, Integer>> limits = new LinkedHashMap<>();
        if (!target.isEnglish()) {
            Map<DataType, Integer> byType = new EnumMap<>(DataType.class);
            byType.put(DataType.MATH, pr.math() == null ? PruningBudget.PAPER_MATH : pr.math());
            byType.put(DataType.CODE, pr.code() == null ? PruningBudget.PAPER_CODE : pr.code());
            if (pr.chat() != null && pr.chat() > 0) {
                byType.put(DataType.CHAT_AGNOSTIC, pr.chat());
            }
            limits.put(target, byType);
        }
        return new PruningBudget(limits);
    }
}
