package io.ultralink.pipeline.agnostic;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.LlmException;
import io.ultralink.filter.AuditedCultureFilter;
import io.ultralink.filter.CultureCriterion;
import io.ultralink.filter.CultureFilter;
import io.ultralink.filter.CulturePreCheck;
import io.ultralink.filter.CultureVerdict;
import io.ultralink.filter.ModelCultureFilter;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.RecordFormat;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.agnostic.internal.OutputFiles;
import io.ultralink.pipeline.agnostic.internal.RunCounters;
import io.ultralink.pipeline.agnostic.internal.StagePool;
import io.ultralink.pipeline.agnostic.internal.TranslateTask;
import io.ultralink.prune.DataPruners;
import io.ultralink.prune.OverlapStrategy;
import io.ultralink.prune.PruneSelection;
import io.ultralink.prune.PruningBudget;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.translate.Translator;
import io.ultralink.translate.VerifiedTranslator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * The language-agnostic pipeline: English conversations → culture filter (chat only) → per-language
 * pruning → verified translation → one {@code {lang}_{type}.jsonl} per language and type in the output
 * folder, plus {@code culture-audit.jsonl} and {@code failures.jsonl}.
 *
 * <p>Every stage can run alone ({@link #filter}, {@link #prune}, {@link #translate}) or all together
 * ({@link #run}). Runs are crash-safe and resumable: outputs are appended as whole lines; a resumed
 * run reads the audit trail (no conversation is judged twice), and the record files and failures
 * (no item is translated twice; rejected items stay rejected, model errors are retried). Record
 * {@code n} of a language is the {@code n}-th item of its seeded selection, so ids
 * {@code {lang}_{type}_{n}} are the same in every run over the same selection; when a resumed run's
 * selection differs (for example after judge errors were resolved), a number already in the file
 * is never reused: the item gets the next free one. English targets receive the source items
 * unchanged. The default culture judge speaks the English pack's {@code cultureFilter} instructions
 * (those of the built-in English pack when the given one has none).
 *
 * <pre>{@code
 * LanguageAgnosticPipeline pipeline = LanguageAgnosticPipeline.builder(model, LanguagePacks.load(), detector)
 *         .targets(List.of(LanguageCode.ZH, LanguageCode.FR)).seed(42).concurrency(8)
 *         .outputDir(Path.of("out/agnostic")).build();
 * try (SourceReader in = SourceReader.open(path, SourceFormat.SHAREGPT, BadLinePolicy.SKIP)) {
 *     System.out.println(pipeline.run(in, DataType.CHAT_AGNOSTIC).report());
 * }
 * }</pre>
 */
public final class LanguageAgnosticPipeline {

    /** The audit trail of the culture filter in the output folder. */
    public static final String AUDIT_FILE = "culture-audit.jsonl";

    private final ChatModel model;
    private final LanguagePacks packs;
    private final List<LanguageCode> targets;
    private final long seed;
    private final int concurrency;
    private final Path outputDir;
    private final PruningBudget budget;
    private final Map<DataType, OverlapStrategy> overlap;
    private final CultureFilter cultureFilter;
    private final Translator translator;
    private final RecordFormat format;
    private final RunCounters counters = new RunCounters();

    private LanguageAgnosticPipeline(Builder b) {
        this.model = b.model;
        this.packs = b.packs;
        this.targets = List.copyOf(b.targets);
        this.seed = b.seed;
        this.concurrency = b.concurrency;
        this.outputDir = b.outputDir;
        this.budget = b.budget != null ? b.budget : PruningBudget.paperDefaults(targets);
        this.overlap = new EnumMap<>(b.overlap);
        this.cultureFilter = b.cultureFilter != null ? b.cultureFilter : ModelCultureFilter.builder(model)
                .sourcePack(packs.find(LanguageCode.EN).filter(p -> p.cultureFilterPrompts().isPresent())
                        .orElseGet(() -> LanguagePacks.builder().addBuiltIn().build().get(LanguageCode.EN)))
                .preChecks(b.preChecks).build();
        this.translator = b.translator != null ? b.translator
                : VerifiedTranslator.builder(model, packs, b.detector).build();
        this.format = b.format;
    }

    /** A builder over the model, the language packs and the language detector. */
    public static Builder builder(ChatModel model, LanguagePacks packs, LanguageDetector detector) {
        return new Builder(model, packs, detector);
    }

    /**
     * Culture-filters chat conversations (other types pass through unjudged), in source order.
     * Verdicts go to {@value #AUDIT_FILE}; judge failures to {@code failures.jsonl}.
     *
     * @return the conversations that may be translated
     */
    public List<Conversation> filter(Iterator<? extends Conversation> source) {
        List<Future<Optional<Conversation>>> results = new ArrayList<>();
        try (AuditedCultureFilter audit = AuditedCultureFilter.open(cultureFilter, outputDir.resolve(AUDIT_FILE));
                OutputFiles out = new OutputFiles(outputDir, format);
                StagePool pool = new StagePool(concurrency, "filter")) {
            var before = filterUsage();
            while (source.hasNext()) {
                Conversation c = source.next();
                results.add(pool.submit(() -> judge(audit, out, c)));
            }
            List<Conversation> kept = new ArrayList<>();
            results.forEach(f -> StagePool.await(f).ifPresent(kept::add));
            var after = filterUsage();
            counters.filterUsage(new TokenUsage(after.promptTokens() - before.promptTokens(),
                    after.cachedPromptTokens() - before.cachedPromptTokens(),
                    after.completionTokens() - before.completionTokens()));
            return kept;
        }
    }

    /** Selects the items each target language gets under its budget, with the type's overlap strategy. */
    public PruneSelection<Conversation> prune(Iterator<? extends Conversation> items, DataType type) {
        PruneSelection<Conversation> selection = DataPruners.builder().languages(targets).budget(budget)
                .strategy(overlap.getOrDefault(type, OverlapStrategy.RANDOM)).seed(seed).build()
                .select(items, Conversation::id, type);
        counters.add("seen", selection.seen());
        selection.selected().forEach((lang, list) -> counters.selected(lang, list.size()));
        return selection;
    }

    /** Translates every selected item not finished by an earlier run, writing records and failures. */
    public void translate(PruneSelection<Conversation> selection, DataType type) {
        try (OutputFiles out = new OutputFiles(outputDir, format);
                StagePool pool = new StagePool(concurrency, "translate")) {
            TranslateTask stage = new TranslateTask(translator, out, counters, model.modelName(), seed, packs, format);
            for (LanguageCode lang : targets) {
                var done = out.done(lang, type);
                var submitted = new java.util.HashSet<String>();
                var used = out.usedNumbers(lang, type);
                long nextFree = used.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
                List<Conversation> items = selection.selected(lang);
                for (int n = 0; n < items.size(); n++) {
                    Conversation c = items.get(n);
                    if (done.contains(c.id())) {
                        counters.add("alreadyDone", 1);
                        continue;
                    }
                    if (!submitted.add(c.id())) {
                        counters.add("duplicates", 1);
                        continue;
                    }
                    long number = n;
                    if (!used.add(number)) {
                        number = Math.max(nextFree, items.size());
                        nextFree = number + 1;
                        used.add(number);
                    }
                    long chosen = number;
                    pool.submit(() -> {
                        stage.translate(c, lang, type, chosen);
                        return null;
                    });
                }
            }
            pool.awaitAll();
        }
    }

    /** Runs every stage over {@code source} items of {@code type} and returns the summary so far. */
    public AgnosticSummary run(Iterator<? extends Conversation> source, DataType type) {
        Iterator<? extends Conversation> items = type == DataType.CHAT_AGNOSTIC ? filter(source).iterator() : source;
        translate(prune(items, type), type);
        return summary();
    }

    /**
     * Reads {@code file} in {@code format} and runs every stage on it. Bad source records are skipped,
     * counted and written to {@code failures.jsonl} (stage {@code source}) with their file and line.
     */
    public AgnosticSummary run(Path file, SourceFormat format) {
        try (SourceReader in = SourceReader.open(file, format, BadLinePolicy.SKIP)) {
            AgnosticSummary summary = run(in, format.dataType());
            if (in.skipped() > 0) {
                counters.add("badSourceRecords", in.skipped());
                try (OutputFiles out = new OutputFiles(outputDir, this.format)) {
                    for (var problem : in.problems()) {
                        out.failure("source", problem.source() + ":" + problem.line(), null, format.dataType(),
                                "invalid", List.of(problem.getMessage()));
                    }
                }
                summary = summary();
            }
            return summary;
        }
    }

    /** The counts of every stage run by this pipeline so far. */
    public AgnosticSummary summary() {
        return counters.snapshot();
    }

    private Optional<Conversation> judge(AuditedCultureFilter audit, OutputFiles out, Conversation c) {
        if (c.type() != DataType.CHAT_AGNOSTIC) {
            return Optional.of(c);
        }
        boolean reused = audit.isJudged(c.id());
        CultureVerdict v;
        try {
            v = audit.judge(c);
        } catch (LlmException e) {
            counters.add("filterErrors", 1);
            out.failure("filter", c.id(), null, c.type(), "error", List.of(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        counters.add(reused ? "reused" : "judged", 1);
        counters.add(v.keep() ? "kept" : "dropped", 1);
        if (v.decidedBy() == CultureVerdict.DecidedBy.PRECHECK) {
            counters.dropped("precheck:" + v.reason().split(":", 2)[0]);
        }
        for (CultureCriterion criterion : v.matched().keySet()) {
            counters.dropped(criterion.name().toLowerCase(java.util.Locale.ROOT));
        }
        return v.keep() ? Optional.of(c) : Optional.empty();
    }

    private TokenUsage filterUsage() {
        return cultureFilter instanceof ModelCultureFilter m ? m.usage() : TokenUsage.ZERO;
    }

    /** Configures a {@link LanguageAgnosticPipeline}; model, packs, detector, targets and output folder are required. */
    public static final class Builder {
        private final ChatModel model;
        private final LanguagePacks packs;
        private final LanguageDetector detector;
        private final List<LanguageCode> targets = new ArrayList<>();
        private long seed;
        private int concurrency = 4;
        private Path outputDir;
        private PruningBudget budget;
        private final Map<DataType, OverlapStrategy> overlap = new EnumMap<>(Map.of(
                DataType.CHAT_AGNOSTIC, OverlapStrategy.SHARED, DataType.MATH, OverlapStrategy.RANDOM,
                DataType.CODE, OverlapStrategy.RANDOM));
        private CultureFilter cultureFilter;
        private List<CulturePreCheck> preChecks = List.of(CulturePreCheck.containsUrl());
        private Translator translator;
        private RecordFormat format = RecordFormat.ULTRALINK;

        private Builder(ChatModel model, LanguagePacks packs, LanguageDetector detector) {
            this.model = Objects.requireNonNull(model, "model");
            this.packs = Objects.requireNonNull(packs, "packs");
            this.detector = Objects.requireNonNull(detector, "detector");
        }

        /** The languages to produce (each needs a pack; English gets the sources unchanged). */
        public Builder targets(List<LanguageCode> value) {
            targets.clear();
            targets.addAll(new java.util.LinkedHashSet<>(value));
            return this;
        }

        /** The run seed for pruning (default 0). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Parallel model calls (default 4). */
        public Builder concurrency(int value) {
            concurrency = value;
            return this;
        }

        /** The output folder (created if needed). */
        public Builder outputDir(Path value) {
            outputDir = Objects.requireNonNull(value, "outputDir");
            return this;
        }

        /** Budgets per language and type (default: the paper's, 32K maths and 16K code per non-English target). */
        public Builder budget(PruningBudget value) {
            budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        /** The overlap strategy of one type (defaults: SHARED for agnostic chat, RANDOM for maths and code). */
        public Builder overlap(DataType type, OverlapStrategy strategy) {
            overlap.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /** Pre-checks of the default culture filter (default: drop conversations with a URL, as the reference). */
        public Builder preChecks(List<CulturePreCheck> value) {
            preChecks = List.copyOf(value);
            return this;
        }

        /** Replaces the culture filter (default: {@link ModelCultureFilter} over the model with the pre-checks). */
        public Builder cultureFilter(CultureFilter value) {
            cultureFilter = Objects.requireNonNull(value, "cultureFilter");
            return this;
        }

        /** Replaces the translator (default: {@link VerifiedTranslator} over the model, packs and detector). */
        public Builder translator(Translator value) {
            translator = Objects.requireNonNull(value, "translator");
            return this;
        }

        /** The record format of the output files (default {@link RecordFormat#ULTRALINK}, with metadata). */
        public Builder recordFormat(RecordFormat value) {
            format = Objects.requireNonNull(value, "format");
            return this;
        }

        /** Validates and builds; fails naming a target without a pack. */
        public LanguageAgnosticPipeline build() {
            if (targets.isEmpty()) {
                throw new ConfigurationException("targets must name at least one language");
            }
            if (outputDir == null) {
                throw new ConfigurationException("outputDir is required");
            }
            if (concurrency < 1) {
                throw new ConfigurationException("concurrency must be >= 1, was " + concurrency);
            }
            targets.forEach(packs::get);
            return new LanguageAgnosticPipeline(this);
        }
    }
}
