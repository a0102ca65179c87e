package io.ultralink.pipeline.agnostic;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.LlmException;
import io.ultralink.error.RunStoppedException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.filter.internal.AuditedCultureFilter;
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
import io.ultralink.model.RecordId;
import io.ultralink.pipeline.agnostic.internal.AgnosticWork;
import io.ultralink.pipeline.agnostic.internal.OutputFiles;
import io.ultralink.pipeline.agnostic.internal.RunCounters;
import io.ultralink.pipeline.agnostic.internal.TranslateTask;
import io.ultralink.pipeline.internal.CommittedLines;
import io.ultralink.pipeline.internal.StageExecutor;
import io.ultralink.prune.DataPruners;
import io.ultralink.prune.OverlapStrategy;
import io.ultralink.prune.PruneSelection;
import io.ultralink.prune.PruningBudget;
import io.ultralink.run.ChangeSet;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.Lookup;
import io.ultralink.run.ResumeMode;
import io.ultralink.run.RunStore;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.translate.Translator;
import io.ultralink.translate.VerifiedTranslator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private final RunStore store;
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
        this.store = b.store;
    }

    /** A builder over the model, the language packs and the language detector. */
    public static Builder builder(ChatModel model, LanguagePacks packs, LanguageDetector detector) {
        return new Builder(model, packs, detector);
    }

    /**
     * Culture-filters chat conversations (other types pass through unjudged), in source order.
     * Verdicts go to {@value #AUDIT_FILE}; judge failures are tried once more at the end, then go to
     * {@code failures.jsonl}. Before any call every conversation is looked up in the trail: under
     * {@link ResumeMode#RESUME} one judged under another fingerprint stops the run with a
     * {@link ChangedWorkException}; under {@link ResumeMode#RERUN_CHANGED} it is judged again.
     *
     * @return the conversations that may be translated
     */
    public List<Conversation> filter(Iterator<? extends Conversation> source) {
        List<Conversation> all = new ArrayList<>();
        source.forEachRemaining(all::add);
        return withStore(store -> {
            try (AuditedCultureFilter audit = AuditedCultureFilter.open(cultureFilter, store,
                    outputDir.resolve(AUDIT_FILE));
                    OutputFiles out = new OutputFiles(store, outputDir, format);
                    StageExecutor pool = new StageExecutor(concurrency, "ultralink-filter")) {
                ChangeSet changes = new ChangeSet("filter");
                all.stream().filter(c -> c.type() == DataType.CHAT_AGNOSTIC).forEach(c -> audit.check(changes, c));
                changes.enforce(store.resumeMode());
                counters.add("rerun", changes.size());
                var before = filterUsage();
                List<Future<Optional<Optional<Conversation>>>> results = new ArrayList<>();
                for (Conversation c : all) {
                    results.add(pool.submit(() -> judge(audit, out, c, false)));
                }
                List<Optional<Conversation>> verdicts = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    Conversation c = all.get(i);
                    Optional<Optional<Conversation>> v = await(results.get(i), pool);
                    if (v.isEmpty()) {
                        counters.add("secondPass", 1);
                        v = await(pool.submit(() -> judge(audit, out, c, true)), pool);
                    }
                    verdicts.add(v.orElse(Optional.empty()));
                }
                var after = filterUsage();
                counters.filterUsage(new TokenUsage(after.promptTokens() - before.promptTokens(),
                        after.cachedPromptTokens() - before.cachedPromptTokens(),
                        after.completionTokens() - before.completionTokens()));
                return verdicts.stream().flatMap(Optional::stream).toList();
            }
        });
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

    /**
     * Translates every selected item not finished by an earlier run under the same fingerprint,
     * writing records and failures. Under {@link ResumeMode#RESUME} an item finished under another
     * fingerprint (model, instructions, checks) stops the run before any call; under
     * {@link ResumeMode#RERUN_CHANGED} it is translated again under its earlier record id. Model
     * failures are tried once more at the end before they are recorded.
     */
    public void translate(PruneSelection<Conversation> selection, DataType type) {
        withStore(store -> {
            AgnosticWork work = new AgnosticWork(store, outputDir, translator);
            try (OutputFiles out = new OutputFiles(store, outputDir, format);
                    StageExecutor pool = new StageExecutor(concurrency, "ultralink-translate")) {
                TranslateTask stage = new TranslateTask(translator, out, work, counters, model.modelName(), seed, packs,
                        format);
                ChangeSet changes = new ChangeSet("translate");
                for (LanguageCode lang : targets) {
                    selection.selected(lang).forEach(c -> work.lookup(changes, c, lang, type));
                    refuseUnjournaled(work, out.recordsFile(lang, type), store.resumeMode());
                }
                changes.enforce(store.resumeMode());
                List<Runnable> secondPass = java.util.Collections.synchronizedList(new ArrayList<>());
                for (LanguageCode lang : targets) {
                    CommittedLines kept = CommittedLines.keep(store, out.recordsFile(lang, type),
                            work.keptRecordIds(lang, type, changes));
                    submitLanguage(selection.selected(lang), lang, type, work, changes, kept.present(), stage, pool,
                            secondPass);
                }
                pool.awaitIdle();
                for (Runnable retry : List.copyOf(secondPass)) {
                    if (!pool.failed()) {
                        counters.add("secondPass", 1);
                        pool.execute(retry);
                    }
                }
                pool.awaitIdle();
                pool.rethrow();
            }
            return null;
        });
    }

    /**
     * Translates {@code items} into {@code lang} under the record numbers given (number {@code n}: the
     * {@code n}-th item of the language's seeded selection, as {@link #prune} makes it), writing records,
     * journal and failures as {@link #translate} does but without looking up earlier work. For runs that
     * split one selection across machines, each part into an output folder of its own; model failures are
     * tried once more at the end.
     */
    public void translateNumbered(LanguageCode lang, DataType type, java.util.SortedMap<Long, Conversation> items) {
        Objects.requireNonNull(lang, "lang");
        withStore(store -> {
            AgnosticWork work = new AgnosticWork(store, outputDir, translator);
            try (OutputFiles out = new OutputFiles(store, outputDir, format);
                    StageExecutor pool = new StageExecutor(concurrency, "ultralink-translate")) {
                TranslateTask stage = new TranslateTask(translator, out, work, counters, model.modelName(), seed, packs,
                        format);
                List<Runnable> secondPass = java.util.Collections.synchronizedList(new ArrayList<>());
                items.forEach((n, c) -> pool.execute(() -> {
                    if (!stage.translate(c, lang, type, n, false)) {
                        secondPass.add(() -> stage.translate(c, lang, type, n, true));
                    }
                }));
                pool.awaitIdle();
                for (Runnable retry : List.copyOf(secondPass)) {
                    if (!pool.failed()) {
                        counters.add("secondPass", 1);
                        pool.execute(retry);
                    }
                }
                pool.awaitIdle();
                pool.rethrow();
            }
            return null;
        });
    }

    /**
     * The selected items that an earlier run translated under another fingerprint or from another
     * source text, found without translating anything.
     */
    public ChangeSet translationChanges(PruneSelection<Conversation> selection, DataType type) {
        return withStore(store -> {
            AgnosticWork work = new AgnosticWork(store, outputDir, translator);
            ChangeSet changes = new ChangeSet("translate");
            for (LanguageCode lang : targets) {
                selection.selected(lang).forEach(c -> work.lookup(changes, c, lang, type));
            }
            return changes;
        });
    }

    private void submitLanguage(List<Conversation> items, LanguageCode lang, DataType type, AgnosticWork work,
            ChangeSet changes, Set<String> present, TranslateTask stage, StageExecutor pool,
            List<Runnable> secondPass) {
        ChangeSet scratch = new ChangeSet("translate");
        Set<Long> used = new HashSet<>();
        for (String id : work.keptRecordIds(lang, type, changes)) {
            RecordId.parse(id).ifPresent(r -> used.add(r.number()));
        }
        long nextFree = Math.max(items.size(), used.stream().mapToLong(Long::longValue).max().orElse(-1) + 1);
        Set<String> submitted = new HashSet<>();
        for (int n = 0; n < items.size() && !pool.failed(); n++) {
            Conversation c = items.get(n);
            Lookup lookup = work.lookup(scratch, c, lang, type);
            if (lookup == Lookup.DONE && work.previousRecord(lang, type, c.id()).map(present::contains).orElse(true)) {
                counters.add("alreadyDone", 1);
                continue;
            }
            if (!submitted.add(c.id())) {
                counters.add("duplicates", 1);
                continue;
            }
            if (lookup == Lookup.CHANGED) {
                counters.add("rerun", 1);
            }
            Optional<Long> previous = work.previousRecord(lang, type, c.id()).flatMap(RecordId::parse)
                    .map(RecordId::number);
            long number = previous.orElse((long) n);
            if (previous.isEmpty() && !used.add(number)) {
                number = nextFree++;
                used.add(number);
            }
            long chosen = number;
            pool.execute(() -> {
                if (!stage.translate(c, lang, type, chosen, false)) {
                    secondPass.add(() -> {
                        if (stage.translate(c, lang, type, chosen, true) && work.previousRecord(lang, type, c.id())
                                .isPresent()) {
                            counters.add("recovered", 1);
                        }
                    });
                }
            });
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
                withStore(store -> {
                    try (OutputFiles out = new OutputFiles(store, outputDir, this.format)) {
                        for (var problem : in.problems()) {
                            out.failure("source", problem.source() + ":" + problem.line(), null, format.dataType(),
                                    "invalid", List.of(problem.getMessage()));
                        }
                    }
                    return null;
                });
                summary = summary();
            }
            return summary;
        }
    }

    /** What determines this pipeline's culture verdicts; the audit trail keys its verdicts by it. */
    public Fingerprint filterFingerprint() {
        return cultureFilter.fingerprint();
    }

    /** What determines this pipeline's translations into {@code target}; the journal keys its work by it. */
    public Fingerprint translationFingerprint(LanguageCode target) {
        return translator.fingerprint(target);
    }

    /** The counts of every stage run by this pipeline so far. */
    public AgnosticSummary summary() {
        return counters.snapshot();
    }

    /**
     * Judges one conversation: empty when the judge failed and may be asked again ({@code last} false),
     * else whether it is kept.
     */
    private Optional<Optional<Conversation>> judge(AuditedCultureFilter audit, OutputFiles out, Conversation c,
            boolean last) {
        if (c.type() != DataType.CHAT_AGNOSTIC) {
            return Optional.of(Optional.of(c));
        }
        boolean reused = audit.isJudged(c);
        CultureVerdict v;
        try {
            v = audit.judge(c);
        } catch (RunStoppedException e) {
            throw e;
        } catch (LlmException e) {
            if (!last) {
                return Optional.empty();
            }
            counters.add("filterErrors", 1);
            out.failure("filter", c.id(), null, c.type(), "error", List.of(String.valueOf(e.getMessage())));
            return Optional.of(Optional.empty());
        }
        if (last) {
            counters.add("recovered", 1);
        }
        counters.add(reused ? "reused" : "judged", 1);
        counters.add(v.keep() ? "kept" : "dropped", 1);
        if (v.decidedBy() == CultureVerdict.DecidedBy.PRECHECK) {
            counters.dropped("precheck:" + v.reason().split(":", 2)[0]);
        }
        for (CultureCriterion criterion : v.matched().keySet()) {
            counters.dropped(criterion.name().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.of(v.keep() ? Optional.of(c) : Optional.empty());
    }

    private <T> T withStore(java.util.function.Function<RunStore, T> work) {
        if (store != null) {
            return work.apply(store);
        }
        try (RunStore own = RunStore.builder(outputDir).owner("language-agnostic pipeline").open()) {
            return work.apply(own);
        }
    }

    private static <T> T await(Future<T> future, StageExecutor pool) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UltraLinkException("interrupted", e);
        } catch (java.util.concurrent.CancellationException | java.util.concurrent.ExecutionException e) {
            pool.rethrow();
            throw new UltraLinkException("stage task failed: " + e, e);
        }
    }

    /** Records left by a version that kept no journal cannot be told from crash leftovers: never drop them silently. */
    private static void refuseUnjournaled(AgnosticWork work, Path records, ResumeMode mode) {
        if (mode == ResumeMode.RESUME && !work.existed() && java.nio.file.Files.exists(records)
                && records.toFile().length() > 0) {
            throw new ChangedWorkException("translate", 1, List.of("records in " + records
                    + " have no journal (" + AgnosticWork.JOURNAL + "): made by an earlier version"));
        }
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
        private RunStore store;

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

        /**
         * The run store to write through (default: one opened on the output folder for each stage, with
         * {@link ResumeMode#RESUME}). The caller keeps ownership; its lock, resume mode and channels apply.
         */
        public Builder runStore(RunStore value) {
            store = Objects.requireNonNull(value, "store");
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
