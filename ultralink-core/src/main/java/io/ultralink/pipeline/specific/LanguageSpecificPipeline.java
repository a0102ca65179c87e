package io.ultralink.pipeline.specific;

import io.ultralink.dialogue.DialogueResult;
import io.ultralink.dialogue.DialogueSettings;
import io.ultralink.dialogue.ModelDialogueGenerator;
import io.ultralink.dialogue.PromptLayout;
import io.ultralink.error.AuthenticationException;
import io.ultralink.error.ConfigurationException;
import io.ultralink.error.UltraLinkException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.llm.ChatModel;
import io.ultralink.model.Dialogue;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.model.Turn;
import io.ultralink.pipeline.specific.internal.LanguageOutputs;
import io.ultralink.pipeline.specific.internal.RunCounters;
import io.ultralink.pipeline.specific.internal.RunState;
import io.ultralink.pipeline.specific.internal.SpecificRecords;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * segments are retried only with {@link Builder#retryFailed(boolean)}.
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

    private final Builder config;
    private final ModelDialogueGenerator generator;
    private final TokenCounter tokens;
    private final Object commitLock = new Object();

    private LanguageSpecificPipeline(Builder b) {
        this.config = b;
        this.tokens = b.tokenCounter;
        this.generator = b.generator.settings(b.settings()).build();
    }

    /** A builder; model, packs, detector, token counter and output folder are required. */
    public static Builder builder() {
        return new Builder();
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
     */
    public RunSummary run(Path segmentsJsonl) {
        createDirectories(config.outputDir);
        RunCounters counters = new RunCounters(countLines(segmentsJsonl));
        Map<LanguageCode, LanguageOutputs> outputs = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(config.concurrency, r -> {
            Thread t = new Thread(r, "ultralink-dialogue");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Throwable> fatal = new AtomicReference<>();
        try (RunState state = RunState.open(config.outputDir, config.sync);
                JsonlReader<Segment> in = SegmentJsonl.open(segmentsJsonl, config.badLinePolicy)) {
            Set<String> committed = state.committedRecordIds();
            for (LanguagePack pack : config.packs.all()) {
                int removed = LanguageOutputs.reconcile(config.outputDir, pack.code(), committed);
                if (removed > 0) {
                    LOG.info("removed {} {} output lines not committed by the done-log", removed, pack.code());
                }
            }
            Semaphore slots = new Semaphore(2 * config.concurrency);
            Map<LanguageCode, Long> ordinals = new HashMap<>();
            Set<String> seen = new HashSet<>();
            try {
                while (fatal.get() == null && in.hasNext()) {
                    Segment segment = in.next();
                    counters.read();
                    LanguagePack pack = config.packs.get(segment.source().language());
                    if (!seen.add(segment.id())) {
                        counters.duplicate();
                        continue;
                    }
                    long n = ordinals.merge(pack.code(), 1L, Long::sum) - 1;
                    if (state.isDone(segment.id())) {
                        counters.alreadyDone();
                    } else if (state.hasFailed(segment.id()) && !config.retryFailed) {
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
        } catch (AuthenticationException | ConfigurationException e) {
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
                outputs.computeIfAbsent(pack.code(), lang -> LanguageOutputs.open(config.outputDir, lang,
                        config.openAiOutput, config.sync)).write(record);
                state.markDone(segment.id(), record.id(), d.turns().size());
            } else {
                state.markDone(segment.id(), null, 0);
            }
        }
        report(counters.generated(result, questionTokens, answerTokens));
    }

    private Map<String, String> provenance(LanguagePack pack, DialogueResult.Ending ending) {
        return Map.of(MetadataKeys.MODEL, config.model.modelName(),
                MetadataKeys.PROMPT_VERSION, ModelDialogueGenerator.promptVersion(pack),
                MetadataKeys.PROMPT_LAYOUT, config.settings().layout().name(),
                MetadataKeys.SEED, Long.toString(config.seed),
                MetadataKeys.ENDING, ending.name());
    }

    private void report(Progress progress) {
        if (config.listener != null) {
            synchronized (config.listener) {
                config.listener.onProgress(progress);
            }
        }
    }

    private static long countLines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
                last = n > 0 ? buffer[n - 1] : last;
            }
            return lines + (last == '\n' ? 0 : 1);
        } catch (IOException e) {
            throw new UltraLinkException("cannot read segments file " + file + ": " + e.getMessage(), e);
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

    /**
     * Builds a {@link LanguageSpecificPipeline}; {@link #build()} validates. The generation settings
     * are handed to a {@link ModelDialogueGenerator.Builder}, whose documentation they share.
     */
    public static final class Builder {
        private final ModelDialogueGenerator.Builder generator = ModelDialogueGenerator.builder();
        private ChatModel model;
        private TokenCounter tokenCounter;
        private LanguagePacks packs;
        private long seed;
        private int concurrency = 4;
        private DialogueSettings settings = DialogueSettings.defaults();
        private PromptLayout layout;
        private Path outputDir;
        private boolean openAiOutput;
        private boolean retryFailed;
        private boolean sync;
        private BadLinePolicy badLinePolicy = BadLinePolicy.FAIL;
        private Progress.Listener listener;

        private Builder() {
        }

        /** The model (required); the caller keeps ownership and closes it. */
        public Builder model(ChatModel value) {
            model = value;
            generator.model(value);
            return this;
        }

        /** The language packs (required); every segment language needs one. */
        public Builder packs(LanguagePacks value) {
            generator.packs(value);
            packs = value;
            return this;
        }

        /** Checks the language of every turn (required). */
        public Builder detector(LanguageDetector value) {
            generator.detector(value);
            return this;
        }

        /** Normalises turns to the pack's script (default: unchanged). */
        public Builder normaliser(ScriptNormaliser value) {
            generator.normaliser(value);
            return this;
        }

        /** Counts tokens for gates and statistics (required). */
        public Builder tokenCounter(TokenCounter value) {
            tokenCounter = value;
            generator.tokenCounter(value);
            return this;
        }

        /** The run seed: same seed, same turn structure (default 0). */
        public Builder seed(long value) {
            seed = value;
            generator.seed(value);
            return this;
        }

        /** Dialogues generated at once, {@code >= 1} (default 4). */
        public Builder concurrency(int value) {
            concurrency = value;
            return this;
        }

        /** Generation settings (default {@link DialogueSettings#defaults()}). */
        public Builder settings(DialogueSettings value) {
            settings = value;
            return this;
        }

        /** The prompt layout, overriding the one in the settings. */
        public Builder layout(PromptLayout value) {
            layout = value;
            return this;
        }

        /** Where the output files go (required; created if missing). */
        public Builder outputDir(Path value) {
            outputDir = value;
            return this;
        }

        /** Also write {@code {lang}_chat_specific.openai.jsonl} (default false). */
        public Builder openAiOutput(boolean value) {
            openAiOutput = value;
            return this;
        }

        /** Generate again the segments that failed in earlier runs (default false). */
        public Builder retryFailed(boolean value) {
            retryFailed = value;
            return this;
        }

        /** Force every line to the storage device, surviving power loss (default false: a process crash loses nothing anyway). */
        public Builder sync(boolean value) {
            sync = value;
            return this;
        }

        /** What to do with a bad segment line (default {@link BadLinePolicy#FAIL}). */
        public Builder badLinePolicy(BadLinePolicy value) {
            badLinePolicy = value;
            return this;
        }

        /** Receives a progress report after each segment (default none). */
        public Builder progressListener(Progress.Listener value) {
            listener = value;
            return this;
        }

        DialogueSettings settings() {
            return layout == null ? settings : settings.withLayout(layout);
        }

        /** Validates and builds. */
        public LanguageSpecificPipeline build() {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(badLinePolicy, "badLinePolicy");
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
            }
            return new LanguageSpecificPipeline(this);
        }
    }
}
