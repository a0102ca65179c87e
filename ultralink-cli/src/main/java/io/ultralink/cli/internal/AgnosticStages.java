package io.ultralink.cli.internal;

import io.ultralink.cli.config.UltraLinkConfig;
import io.ultralink.error.InvalidInputException;
import io.ultralink.filter.CulturePreCheck;
import io.ultralink.filter.ModelCultureFilter;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.AgnosticSummary;
import io.ultralink.pipeline.agnostic.LanguageAgnosticPipeline;
import io.ultralink.prune.PruneSelection;
import io.ultralink.prune.PruningBudget;
import io.ultralink.run.ChangeSet;
import io.ultralink.source.SourceFormat;
import io.ultralink.translate.VerifiedTranslator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language-agnostic stages over {@link LanguageAgnosticPipeline}: {@code filter} (chat only),
 * {@code prune} and {@code translate}. One pipeline per target language (so spend and forecasts are
 * per language); all write into OUTPUT/work/agnostic and resume there. Later stages redo the earlier
 * ones they need when run alone: the filter reuses its audit trail, pruning is seeded. Not API.
 */
final class AgnosticStages {

    private static final StageState.Key<List<Conversation>> FILTERED = StageState.key("agnostic.filtered");
    private static final StageState.Key<Map<LanguageCode, Map<DataType, PruneSelection<Conversation>>>> SELECTIONS =
            StageState.key("agnostic.selections");

    private AgnosticStages() {
    }

    static Stage filter() {
        return new Named("filter") {
            @Override
            public StageReport run(RunSession session) {
                Path sharegpt = source(session, session.config().sources().sharegpt(), "sources.sharegpt");
                if (sharegpt == null || Boolean.FALSE.equals(session.config().filter().enabled())) {
                    return StageReport.skipped(name(), sharegpt == null ? "no sources.sharegpt" : "filter.enabled is false");
                }
                session.ledger().scope("filter", "en");
                LanguageAgnosticPipeline p = pipeline(session, LanguageCode.EN);
                List<Conversation> kept = filtered(session, p, sharegpt);
                AgnosticSummary s = p.summary();
                Map<String, Long> rejections = new LinkedHashMap<>(s.droppedByReason());
                if (s.filterErrors() > 0) {
                    rejections.put("judge-error", s.filterErrors());
                }
                session.manifest().fingerprint("filter", p.filterFingerprint());
                rejections.putAll(SourceFiles.takeRejections(session));
                return new StageReport(name(), "done", 0, s.kept() + s.dropped() + s.filterErrors(), kept.size(),
                        rejections, List.of("work/agnostic/" + LanguageAgnosticPipeline.AUDIT_FILE),
                        GenerateStage.resumeNotes(s.rerun(), s.secondPass(), s.recovered()));
            }
        };
    }

    static Stage prune() {
        return new Named("prune") {
            @Override
            public StageReport run(RunSession session) {
                Map<LanguageCode, Map<DataType, PruneSelection<Conversation>>> all = selections(session);
                long selected = 0;
                for (Map<DataType, PruneSelection<Conversation>> byType : all.values()) {
                    for (PruneSelection<Conversation> sel : byType.values()) {
                        selected += sel.selected().values().stream().mapToLong(List::size).sum();
                    }
                }
                return new StageReport(name(), "done", 0, 0, selected, SourceFiles.takeRejections(session), List.of(),
                        Map.of());
            }
        };
    }

    static Stage translate() {
        return new Named("translate") {
            @Override
            public StageReport run(RunSession session) {
                Map<LanguageCode, Map<DataType, PruneSelection<Conversation>>> all = selections(session);
                Map<String, Long> rejections = new LinkedHashMap<>();
                long tried = 0;
                long accepted = 0;
                long rerun = 0;
                long secondPass = 0;
                long recovered = 0;
                ChangeSet changes = new ChangeSet(name());
                for (Map.Entry<LanguageCode, Map<DataType, PruneSelection<Conversation>>> e : all.entrySet()) {
                    LanguageAgnosticPipeline p = pipeline(session, e.getKey());
                    e.getValue().forEach((type, selection) -> changes.addAll(p.translationChanges(selection, type)));
                }
                changes.enforce(session.store().resumeMode());
                for (Map.Entry<LanguageCode, Map<DataType, PruneSelection<Conversation>>> e : all.entrySet()) {
                    LanguageCode lang = e.getKey();
                    session.ledger().scope("translate", lang.code());
                    LanguageAgnosticPipeline p = pipeline(session, lang);
                    if (!lang.isEnglish()) {
                        session.manifest().fingerprint("translate " + lang, p.translationFingerprint(lang));
                    }
                    long items = e.getValue().values().stream().mapToLong(s -> s.selected(lang).size()).sum();
                    try (var task = session.progress().start("translate " + lang, e.getValue().size())) {
                        for (Map.Entry<DataType, PruneSelection<Conversation>> t : e.getValue().entrySet()) {
                            p.translate(t.getValue(), t.getKey());
                            task.step();
                        }
                    }
                    AgnosticSummary s = p.summary();
                    tried += items;
                    accepted += s.translated().getOrDefault(lang, 0L);
                    s.rejectedByCheck().forEach((check, n) -> rejections.merge(check, n, Long::sum));
                    if (s.translationErrors() > 0) {
                        rejections.merge("model-error", s.translationErrors(), Long::sum);
                    }
                    rerun += s.rerun();
                    secondPass += s.secondPass();
                    recovered += s.recovered();
                }
                rejections.putAll(SourceFiles.takeRejections(session));
                return new StageReport(name(), "done", 0, tried, accepted, rejections, List.of("work/agnostic"),
                        GenerateStage.resumeNotes(rerun, secondPass, recovered));
            }
        };
    }

    /** Selections per language and type, computed once per invocation. */
    private static Map<LanguageCode, Map<DataType, PruneSelection<Conversation>>> selections(RunSession session) {
        return session.state().computeIfAbsent(SELECTIONS, () -> {
            Map<LanguageCode, Map<DataType, PruneSelection<Conversation>>> out = new LinkedHashMap<>();
            UltraLinkConfig.Sources src = session.config().sources();
            Path sharegpt = source(session, src.sharegpt(), "sources.sharegpt");
            Path metamath = source(session, src.metamath(), "sources.metamath");
            Path magicoder = source(session, src.magicoder(), "sources.magicoder");
            Path humaneval = source(session, src.humaneval(), "sources.humaneval");
            for (LanguageCode lang : session.config().languages()) {
                LanguageAgnosticPipeline p = pipeline(session, lang);
                Map<DataType, PruneSelection<Conversation>> byType = new EnumMap<>(DataType.class);
                if (sharegpt != null) {
                    List<Conversation> chat = Boolean.FALSE.equals(session.config().filter().enabled())
                            ? SourceFiles.readAll(session, sharegpt, SourceFormat.SHAREGPT)
                            : filtered(session, pipeline(session, LanguageCode.EN), sharegpt);
                    byType.put(DataType.CHAT_AGNOSTIC, p.prune(chat.iterator(), DataType.CHAT_AGNOSTIC));
                }
                if (metamath != null) {
                    byType.put(DataType.MATH, p.prune(SourceFiles.readAll(session, metamath, SourceFormat.METAMATHQA)
                            .iterator(), DataType.MATH));
                }
                List<Conversation> code = new ArrayList<>();
                if (magicoder != null) {
                    code.addAll(SourceFiles.readAll(session, magicoder, SourceFormat.MAGICODER_OSS));
                }
                if (humaneval != null) {
                    code.addAll(SourceFiles.readAll(session, humaneval, SourceFormat.HUMANEVAL));
                }
                if (!code.isEmpty()) {
                    byType.put(DataType.CODE, p.prune(code.iterator(), DataType.CODE));
                }
                out.put(lang, byType);
            }
            return out;
        });
    }

    private static List<Conversation> filtered(RunSession session, LanguageAgnosticPipeline p, Path sharegpt) {
        return session.state().computeIfAbsent(FILTERED, () -> {
            List<Conversation> all = SourceFiles.readAll(session, sharegpt, SourceFormat.SHAREGPT);
            try (var task = session.progress().start("filter", all.size())) {
                List<Conversation> kept = p.filter(all.iterator());
                task.stepBy(all.size());
                return kept;
            }
        });
    }

    private static LanguageAgnosticPipeline pipeline(RunSession session, LanguageCode target) {
        UltraLinkConfig.Prune pr = session.config().prune();
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
        UltraLinkConfig.Translate t = session.config().translate();
        boolean dry = session.config().dryRun();
        VerifiedTranslator.Builder translator = VerifiedTranslator.builder(session.chatModel(), session.packs(),
                session.detector()).maxAttempts(dry ? 1 : t.maxAttempts() == null ? 3 : t.maxAttempts())
                .tokenCounter(session.tokenCounter())
                .adequacy(session.config().adequacy()).adequacyModel(session.adequacyModel()).judgeAttempts(dry ? 1 : 3)
                .forecastCalls(dry);
        if (t.chunkTokens() != null) {
            translator.chunkTokens(t.chunkTokens());
        }
        Integer judgeAttempts = session.config().filter().maxAttempts();
        ModelCultureFilter judge = ModelCultureFilter.builder(session.chatModel())
                .preChecks(List.of(CulturePreCheck.containsUrl()))
                .maxAttempts(dry ? 1 : judgeAttempts == null ? 3 : judgeAttempts).build();
        return LanguageAgnosticPipeline.builder(session.chatModel(), session.packs(), session.detector())
                .targets(List.of(target))
                .seed(session.config().seed())
                .concurrency(GenerateStage.concurrency(session))
                .outputDir(session.work().resolve("agnostic"))
                .runStore(session.store())
                .budget(new PruningBudget(limits))
                .cultureFilter(judge)
                .translator(translator.build())
                .build();
    }

    private static Path source(RunSession session, String value, String key) {
        Path p = session.config().path(value).orElse(null);
        if (p != null && !Files.isRegularFile(p)) {
            throw new InvalidInputException(p.toString(), 0, "input file does not exist (config key " + key + ")");
        }
        return p;
    }

    private abstract static class Named implements Stage {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
