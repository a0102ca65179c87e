package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueResult;
import io.ultralink.dialogue.ModelDialogueGenerator;
import io.ultralink.error.AuthenticationException;
import io.ultralink.error.ConfigurationException;
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
import io.ultralink.pipeline.specific.internal.InputLines;
import io.ultralink.pipeline.specific.internal.LanguageOutputs;
import io.ultralink.pipeline.specific.internal.RunCounters;
import io.ultralink.pipeline.specific.internal.RunState;
import io.ultralink.pipeline.specific.internal.SpecificRecords;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
        return outputDir.resolve(RunState.FAILURES_FILE);
    }

    /**
     * Generates dialogues for every segment of {@code segmentsJsonl} not yet done.
     *
     * @return what this run did
     * @throws io.ultralink.error.InvalidInputException for a bad segment line (file and line named)
     * @throws io.ultralink.error.ConfigurationException for a segment language without a pack, or
     *     when the model reports one; the run stops, as no segment could succeed
     * @throws AuthenticationException when the model rejects the credentials (the run stops)
     * @throws RetryBudgetExhaustedException when the model's run retry budget is spent (the run stops;
     *     running again later resumes)
     */
    public RunSummary run(Path segmentsJsonl) {
        createDirectories(config.outputDir());
        RunCounters counters = new RunCounters(InputLines.count(segmentsJsonl));
        Map<LanguageCode, LanguageOutputs> outputs = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "ultralink-dialogue");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        try (RunState state = RunState.open(config.outputDir(), config.sync());
                JsonlReader<Segment> in = SegmentJsonl.open(segmentsJsonl, config.badLinePolicy())) {
            Set<String> committed = state.committedRecordIds();
            for (LanguagePack pack : config.packs().all()) {
                int removed = LanguageOutputs.reconcile(config.outputDir(), pack.code(), committed);
                if (removed > 0) {
                    LOG.info("removed {} {} output lines not committed by the done-log", removed, pack.code());
                }
            }
            Semaphore slots = new Semaphore(2 * config.concurrency());
            Map<LanguageCode, Long> ordinals = new HashMap<>();
            Set<String> seen = new HashSet<>();
            try {
                while (fatal.get() == null && in.hasNext()) {
                    Segment segment = in.next();
                    counters.read();
                    LanguagePack pack = config.packs().get(segment.source().language());
                    if (!seen.add(segment.id())) {
                        counters.duplicate();
                        continue;
                    }
                    long n = ordinals.merge(pack.code(), 1L, Long::sum) - 1;
                    if (state.isDone(segment.id())) {
                        counters.alreadyDone();
                    } else if (state.hasFailed(segment.id()) && !config.retryFailed()) {
                        counters.skippedFailed();
                    } else {
                        slots.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                process(segment, pack, n, state, outputs, counters);
                            } catch (Throwable t) {
                                fatal.compareAndSet(null, t);
                            } finally {
                                slots.release();
                            }
                        });
                    }
                }
            } finally {
                pool.shutdown();
                awaitQuietly(pool);
                outputs.values().forEach(LanguageOutputs::close);
            }
        }
        Throwable t = fatal.get();
        if (t != null) {
            throw t instanceof RuntimeException re ? re
                    : new UltraLinkException("dialogue generation stopped: " + t, t);
        }
        return counters.summary();
    }

    private void process(Segment segment, LanguagePack pack, long n, RunState state,
            Map<LanguageCode, LanguageOutputs> outputs, RunCounters counters) {
        DialogueResult result;
        try {
            result = generator.generate(segment);
        } catch (AuthenticationException | ConfigurationException | RetryBudgetExhaustedException e) {
            throw e; // no segment can succeed: stop the run instead of failing every segment
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName();
            LOG.warn("segment {} failed: {}: {}", segment.id(), reason, e.getMessage());
            synchronized (commitLock) {
                state.markFailed(segment.id(), reason, e.getMessage());
            }
            report(counters.failed(reason));
            return;
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
                SftRecord record = SpecificRecords.record(segment, pack, n, d, provenance(pack, result.ending()));
                outputs.computeIfAbsent(pack.code(), lang -> LanguageOutputs.open(config.outputDir(), lang,
                        config.openAiOutput(), config.sync())).write(record);
                state.markDone(segment.id(), record.id(), d.turns().size());
            } else {
                state.markDone(segment.id(), null, 0);
            }
        }
        report(counters.generated(result, questionTokens, answerTokens));
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

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
