package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueResult;
import io.ultralink.dialogue.ModelDialogueGenerator;
import io.ultralink.error.AuthenticationException;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.RunStoppedException;
import io.ultralink.error.RetryBudgetExhaustedException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.language.LanguagePack;
import io.ultralink.model.Dialogue;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.model.Turn;
import io.ultralink.pipeline.internal.CommittedLines;
import io.ultralink.pipeline.internal.StageExecutor;
import io.ultralink.pipeline.specific.internal.InputLines;
import io.ultralink.pipeline.specific.internal.LanguageOutputs;
import io.ultralink.pipeline.specific.internal.RunCounters;
import io.ultralink.pipeline.specific.internal.SpecificRecords;
import io.ultralink.pipeline.specific.internal.SpecificWork;
import io.ultralink.run.ChangeSet;
import io.ultralink.run.ChangedWorkException;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.Lookup;
import io.ultralink.run.ResumeMode;
import io.ultralink.run.RunStore;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language-specific pipeline: reads a segments file ({@link SegmentJsonl}), generates one
 * dialogue per segment with a {@link ModelDialogueGenerator} and writes, in {@code outputDir}:
 * <ul>
 * <li>{@code {lang}_chat_specific.jsonl}: UltraLink records {@code {"id":"{lang}_chat_specific_{n}","data":[q1,a1,...]}},
 *     q1 being the pack's document prefix, the delimited segment and the first question; {@code n} is
 *     the segment's 0-based position among the input's segments of that language, so ids do not
 *     depend on timing (segments without a dialogue leave gaps);</li>
 * <li>{@code {lang}_chat_specific.openai.jsonl} when asked: {@code {"id","messages":[...]}};</li>
 * <li>{@code {lang}_chat_specific.provenance.jsonl}: per record id, the segment id, page id, title,
 *     url, revision, segment index, model, prompt version, layout, seed, ending;</li>
 * <li>{@code chat_specific.done.jsonl}: the done-log by stable segment id, and
 *     {@code chat_specific.failures.jsonl}: failed segments with the reason.</li>
 * </ul>
 * Up to {@code concurrency} dialogues are generated at once, the turns of each in order. Every line
 * is appended whole; a dialogue counts as done only once its done-log line is written, and on start
 * output lines not committed by the done-log are removed. A run killed at any moment and started
 * again therefore continues where it stopped, with no lost, duplicated or partial record. Failed
 * segments are retried only with {@link LanguageSpecificPipelineBuilder#retryFailed(boolean)}.
 *
 * <pre>{@code
 * RunSummary summary = LanguageSpecificPipeline.builder()
 *         .model(model).packs(LanguagePacks.load()).detector(detector).normaliser(normaliser)
 *         .tokenCounter(counter).seed(42).concurrency(8).outputDir(Path.of("out"))
 *         .build().run(Path.of("zh_segments.jsonl"));
 * }</pre>
 */
public final class LanguageSpecificPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageSpecificPipeline.class);

    private final RunConfig config;
    private final ModelDialogueGenerator generator;
    private final TokenCounter tokens;
    private final Object commitLock = new Object();

    LanguageSpecificPipeline(RunConfig config, ModelDialogueGenerator generator) {
        this.config = config;
        this.tokens = config.tokenCounter();
        this.generator = generator;
    }

    /** A builder; model, packs, detector, token counter and output folder are required. */
    public static LanguageSpecificPipelineBuilder builder() {
        return new LanguageSpecificPipelineBuilder();
    }

    /** What determines this pipeline's dialogues in {@code language}; the journal keys its work by it. */
    public Fingerprint fingerprint(LanguageCode language) {
        return generator.fingerprint(config.packs().get(language));
    }

    /** The UltraLink records file of {@code language} in {@code outputDir}: {@code {lang}_chat_specific.jsonl}. */
    public static Path recordsFile(Path outputDir, LanguageCode language) {
        return LanguageOutputs.recordsFile(outputDir, language);
    }

    /** The OpenAI-messages file of {@code language}: {@code {lang}_chat_specific.openai.jsonl}. */
    public static Path openAiFile(Path outputDir, LanguageCode language) {
        return LanguageOutputs.openAiFile(outputDir, language);
    }

    /** The provenance sidecar of {@code language}: {@code {lang}_chat_specific.provenance.jsonl}. */
    public static Path provenanceFile(Path outputDir, LanguageCode language) {
        return LanguageOutputs.provenanceFile(outputDir, language);
    }

    /** The failures file of a run: {@code chat_specific.failures.jsonl}, one line per failure with its reason. */
    public static Path failuresFile(Path outputDir) {
        return outputDir.resolve(SpecificWork.FAILURES);
    }

    /** The journal of a run: {@code chat_specific.done.jsonl}, one line per finished or failed segment. */
    public static Path journalFile(Path outputDir) {
        return outputDir.resolve(SpecificWork.JOURNAL);
    }

    /**
     * Generates dialogues for every segment of {@code segmentsJsonl} not yet done. Before any call,
     * every segment is looked up in the journal: under {@link ResumeMode#RESUME} (the default) a segment
     * finished under another fingerprint (model, prompts, settings, seed) or from another text stops
     * the run; under {@link ResumeMode#RERUN_CHANGED} exactly those are generated again. Segments that
     * fail are tried once more at the end of the run before they are recorded as failed.
     *
     * @return what this run did
     * @throws io.ultralink.error.InvalidInputException for a bad segment line (file and line named)
     * @throws ChangedWorkException when earlier work was made under other settings (nothing is called)
     * @throws io.ultralink.error.ConfigurationException for a segment language without a pack, or
     *     when the model reports one; the run stops, as no segment could succeed
     * @throws AuthenticationException when the model rejects the credentials (the run stops)
     * @throws RunStoppedException when a cap stopped the run (no segment is marked failed for it)
     * @throws RetryBudgetExhaustedException when the model's run retry budget is spent (the run stops;
     *     running again later resumes)
     */
    public RunSummary run(Path segmentsJsonl) {
        createDirectories(config.outputDir());
        RunStore own = config.store() == null ? RunStore.builder(config.outputDir()).sync(config.sync())
                .owner("language-specific pipeline").open() : null;
        RunStore store = own != null ? own : config.store();
        try (SpecificWork work = new SpecificWork(store, config.outputDir(), generator)) {
            Plan plan = plan(segmentsJsonl, work, store.resumeMode());
            Set<String> committed = work.keptRecordIds();
            Set<String> present = new HashSet<>();
            for (LanguageCode lang : plan.languages()) {
                CommittedLines kept = LanguageOutputs.reconcile(store, config.outputDir(), lang, committed);
                present.addAll(kept.present());
                if (kept.removed() > 0) {
                    LOG.info("removed {} {} output lines not committed by the journal", kept.removed(), lang);
                }
            }
            work.expectRecords(present);
            return generate(segmentsJsonl, plan.lines(), store, work);
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    /**
     * Generates the dialogue of one segment exactly as {@link #run} does for it, for callers that distribute the
     * segments themselves (a cluster job, one partition at a time): {@code n} is the segment's 0-based position
     * among the input's distinct segments of its language, which makes the record id. One attempt, nothing written,
     * no journal: the caller commits the record (and may try a failed segment once more, as {@link #run} does at
     * the end of a run). Thread-safe.
     *
     * @return the record, or empty when the generator kept no dialogue for the segment
     * @throws io.ultralink.error.ConfigurationException for a segment language without a pack
     * @throws RuntimeException whatever the generator throws for this segment
     */
    public java.util.Optional<SftRecord> generateRecord(Segment segment, long n) {
        LanguagePack pack = config.packs().get(segment.source().language());
        DialogueResult result = generator.generate(segment);
        return result.dialogue().map(d -> SpecificRecords.record(segment, pack, n, d,
                provenance(pack, result.ending())));
    }

    /**
     * The segments of {@code segmentsJsonl} that an earlier run finished under another fingerprint or
     * from another text, found without generating anything (so a caller running several pipelines can
     * report every change at once, before any call).
     */
    public ChangeSet changes(Path segmentsJsonl) {
        createDirectories(config.outputDir());
        RunStore own = config.store() == null ? RunStore.builder(config.outputDir()).owner("language-specific pipeline")
                .open() : null;
        try (SpecificWork work = new SpecificWork(own != null ? own : config.store(), config.outputDir(), generator)) {
            plan(segmentsJsonl, work, ResumeMode.RERUN_CHANGED);
            return work.changes();
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    private record Plan(long lines, Set<LanguageCode> languages) {
    }

    /** Reads the input once to find its languages and the segments made under other settings. */
    private Plan plan(Path segmentsJsonl, SpecificWork work, ResumeMode mode) {
        Set<LanguageCode> languages = new LinkedHashSet<>();
        long lines = InputLines.count(segmentsJsonl);
        try (JsonlReader<Segment> in = SegmentJsonl.open(segmentsJsonl, config.badLinePolicy())) {
            while (in.hasNext()) {
                Segment segment = in.next();
                LanguagePack pack = config.packs().get(segment.source().language());
                languages.add(pack.code());
                work.lookup(segment, pack);
            }
        }
        work.changes().enforce(mode);
        return new Plan(lines, languages);
    }

    private RunSummary generate(Path segmentsJsonl, long lines, RunStore store, SpecificWork work) {
        RunCounters counters = new RunCounters(lines);
        Map<LanguageCode, LanguageOutputs> outputs = new HashMap<>();
        List<Pending> secondPass = Collections.synchronizedList(new ArrayList<>());
        StageExecutor pool = new StageExecutor(config.concurrency(), "ultralink-dialogue");
        try (JsonlReader<Segment> in = SegmentJsonl.open(segmentsJsonl, config.badLinePolicy())) {
            Map<LanguageCode, Long> ordinals = new HashMap<>();
            Set<String> seen = new HashSet<>();
            try {
                while (!pool.failed() && in.hasNext()) {
                    Segment segment = in.next();
                    counters.read();
                    LanguagePack pack = config.packs().get(segment.source().language());
                    if (!seen.add(segment.id())) {
                        counters.duplicate();
                        continue;
                    }
                    long n = ordinals.merge(pack.code(), 1L, Long::sum) - 1;
                    Lookup lookup = work.lookup(segment, pack);
                    if (lookup == Lookup.DONE) {
                        counters.alreadyDone();
                    } else if (lookup == Lookup.FAILED && !config.retryFailed()) {
                        counters.skippedFailed();
                    } else {
                        if (lookup == Lookup.CHANGED) {
                            counters.rerun();
                        }
                        Pending p = new Pending(segment, pack, n);
                        pool.execute(() -> {
                            if (!process(p, store, work, outputs, counters, false)) {
                                secondPass.add(p);
                            }
                        });
                    }
                }
                pool.awaitIdle();
                for (Pending p : List.copyOf(secondPass)) {
                    if (pool.failed()) {
                        break;
                    }
                    counters.secondPass();
                    pool.execute(() -> process(p, store, work, outputs, counters, true));
                }
            } finally {
                pool.close();
                outputs.values().forEach(LanguageOutputs::close);
            }
        }
        pool.rethrow();
        return counters.summary();
    }

    private record Pending(Segment segment, LanguagePack pack, long n) {
    }

    /** Generates one dialogue; false when it failed and may be tried again in the second pass. */
    private boolean process(Pending p, RunStore store, SpecificWork work, Map<LanguageCode, LanguageOutputs> outputs,
            RunCounters counters, boolean last) {
        Segment segment = p.segment();
        DialogueResult result;
        try {
            result = generate(segment);
        } catch (AuthenticationException | ConfigurationException | RunStoppedException e) {
            throw e; // no segment can succeed, or the run must stop: nothing is marked failed
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName();
            LOG.warn("segment {} failed{}: {}: {}", segment.id(), last ? " again" : "", reason, e.getMessage());
            if (!last) {
                return false;
            }
            synchronized (commitLock) {
                work.failed(segment, p.pack(), reason, e.getMessage());
            }
            report(counters.failed(reason));
            return true;
        }
        long questionTokens = 0;
        long answerTokens = 0;
        for (Turn t : result.dialogue().map(Dialogue::turns).orElse(List.of())) {
            questionTokens += tokens.countTokens(t.question());
            answerTokens += tokens.countTokens(t.answer());
        }
        synchronized (commitLock) {
            if (result.dialogue().isPresent()) {
                Dialogue d = result.dialogue().get();
                SftRecord record = SpecificRecords.record(segment, p.pack(), p.n(), d,
                        provenance(p.pack(), result.ending()));
                outputs.computeIfAbsent(p.pack().code(), lang -> LanguageOutputs.open(store, config.outputDir(), lang,
                        config.openAiOutput())).write(record);
                work.done(segment, p.pack(), record.id(), d.turns().size());
            } else {
                work.done(segment, p.pack(), null, 0);
            }
        }
        if (last) {
            counters.recovered();
        }
        report(counters.generated(result, questionTokens, answerTokens));
        return true;
    }

    private DialogueResult generate(Segment segment) {
        if (config.waves() == null) {
            return generator.generate(segment);
        }
        try (var participation = config.waves().join()) {
            return generator.generate(segment);
        }
    }

    private Map<String, String> provenance(LanguagePack pack, DialogueResult.Ending ending) {
        return Map.of(MetadataKeys.MODEL, config.model().modelName(),
                MetadataKeys.PROMPT_VERSION, ModelDialogueGenerator.promptVersion(pack),
                MetadataKeys.PROMPT_LAYOUT, config.settings().layout().name(),
                MetadataKeys.SEED, Long.toString(config.seed()),
                MetadataKeys.ENDING, ending.name());
    }

    private void report(Progress progress) {
        if (config.listener() != null) {
            synchronized (config.listener()) {
                config.listener().onProgress(progress);
            }
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UltraLinkException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
