package io.ultralink.text.prepare;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.format.LineAppender;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.run.Fingerprint;
import io.ultralink.run.RunLock;
import io.ultralink.run.RunStore;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.internal.Checkpoint;
import io.ultralink.text.prepare.internal.CheckpointStore;
import io.ultralink.text.prepare.internal.DumpLanguages;
import io.ultralink.text.prepare.internal.InputReader;
import io.ultralink.text.prepare.internal.Inputs;
import io.ultralink.text.prepare.internal.LengthPrecheck;
import io.ultralink.text.prepare.internal.OrderedPool;
import io.ultralink.text.prepare.internal.Outcome;
import io.ultralink.text.prepare.internal.PageProcessor;
import io.ultralink.text.prepare.internal.RunState;
import io.ultralink.text.prepare.internal.SourceItem;
import io.ultralink.text.prepare.internal.Tally;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.segment.TokenBoundedSegmenter;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Knowledge preparation, step 1 of the UltraLink method: Wikipedia dumps → pages → clean → language check →
 * script normalisation → length filter → token-bounded segments, appended as JSONL lines
 * ({@link io.ultralink.format.SegmentJsonl}) with their provenance.
 *
 * <pre>{@code
 * PreparationReport report = KnowledgePreparation.builder()
 *         .packs(LanguagePacks.load())                  // default
 *         .tokenCounter(JtokkitTokenCounter.cl100k())   // default
 *         .segmenterSettings(SegmenterSettings.defaults())
 *         .build()
 *         .run(List.of(Path.of("zhwiki-latest-pages-articles.xml.bz2")), Path.of("segments-zh.jsonl"));
 * report.writeJson(Path.of("report.json"));
 * }</pre>
 *
 * <p>Inputs may also be wikiextractor output ({@code --json} lines or the {@code <doc>} format; recognised by a
 * {@code .json}/{@code .jsonl} extension, or by a first non-blank <code>&#123;</code> or {@code <doc}). Its documents are
 * already plain text, so they skip the article filter and the cleaner, and go through the same language check,
 * normalisation, length filter and segmentation, keeping the provenance wikiextractor wrote.
 *
 * <p>Each dump's language comes from {@link Builder#language}, or else from its file name ({@code zhwiki-…}
 * is Chinese) and must have a pack. Pages are processed on {@link Builder#threads} threads and written in dump
 * order. When the language is known this way, the length filter runs before the language check, so detection is
 * spent only on pages that could be kept; a page is reported under the first check it fails (namespace,
 * redirect, disambiguation, empty, length, language), and a page both out of bounds and in the wrong language
 * counts as too short or too long. With {@link Builder#languageFromDetection} the detected language picks the
 * pack, so detection comes first. Either way the segments written are the same.
 *
 * <p>Runs are resumable and crash-safe. Segment lines are appended whole ({@link LineAppender}), and a checkpoint
 * beside the output ({@link #checkpointFile}) records, every {@link Builder#checkpointEvery} pages and at the end
 * of each input, how many pages of each input are done, the output's length at that moment and the counts so
 * far. Running again over the same inputs and settings cuts the output back to the checkpoint's length, skips
 * the pages done and goes on, so the segments file ends up byte for byte as an uninterrupted run's and the report
 * counts every page once; a finished run is not redone. {@link Builder#fresh} starts over instead. A missing
 * output starts afresh; an output that has content but no checkpoint is refused rather than appended to.
 * If a dump is corrupt or malformed, every segment produced before the failure is written and a
 * {@link PreparationFailedException} naming the file and the byte offset or page is thrown, carrying the report of
 * what was counted until then, the failed dump among its {@link PreparationReport#failedInputs()}; with
 * {@link Builder#continueOnError} the failure is only recorded there and the next dump read. A page whose text is
 * longer than {@link Builder#maxPageBytes} is never held whole; it is counted as {@link DropReason#TOO_LARGE}.
 */
public final class KnowledgePreparation {

    private final LanguagePacks packs;
    private final LanguageCode language;
    private final boolean languageFromDetection;
    private final TokenCounter counter;
    private final PageProcessor processor;
    private final int threads;
    private final boolean continueOnError;
    private final boolean syncWrites;
    private final boolean fresh;
    private final int checkpointEvery;
    private final SegmenterSettings settings;
    private final boolean keepReferenceSections;
    private final RunStore runStore;
    private final long maxPageBytes;

    private KnowledgePreparation(Builder b, LanguagePacks packs, TokenCounter counter, PageProcessor processor) {
        this.packs = packs;
        this.language = b.language;
        this.languageFromDetection = b.languageFromDetection;
        this.counter = counter;
        this.processor = processor;
        this.threads = b.threads;
        this.continueOnError = b.continueOnError;
        this.syncWrites = b.syncWrites;
        this.fresh = b.fresh;
        this.checkpointEvery = b.checkpointEvery;
        this.settings = b.settings;
        this.keepReferenceSections = b.keepReferenceSections;
        this.runStore = b.runStore;
        this.maxPageBytes = b.maxPageBytes;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prepares the given dumps into {@code segmentsOut}, resuming an interrupted run (see the class comment).
     *
     * @param inputs MediaWiki XML dumps ({@code .xml}, {@code .xml.bz2}, multistream with index) or wikiextractor
     *     output files ({@code --json} lines or {@code <doc>} format), in any mix; a directory stands for the
     *     files below it, in path order (wikiextractor's {@code AA/wiki_00}, …)
     * @param segmentsOut the JSONL file to write segments to (created with its directories)
     * @return the counts of the run, including those of the earlier, interrupted runs it resumes
     * @throws PreparationFailedException if a dump cannot be read (after writing what was produced before), with
     *     the report up to the failure
     * @throws ConfigurationException if a dump's language cannot be determined or has no pack, or the
     *     checkpoint belongs to other inputs or settings
     */
    public PreparationReport run(List<Path> inputs, Path segmentsOut) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(segmentsOut, "segmentsOut");
        List<Path> dumps = Inputs.expand(inputs);
        List<LanguageCode> languages = dumps.stream()
                .map(d -> languageFromDetection ? null : DumpLanguages.of(d, language, packs)).toList();
        CheckpointStore store = new CheckpointStore(checkpointFile(segmentsOut), segmentsOut, syncWrites);
        if (runStore != null) {
            return run(dumps, languages, store.begin(dumps, settingsKey(), fresh), store, segmentsOut);
        }
        try (RunLock lock = RunLock.acquire(segmentsOut.toAbsolutePath().getParent(), "knowledge preparation")) {
            return run(dumps, languages, store.begin(dumps, settingsKey(), fresh), store, segmentsOut);
        }
    }

    private PreparationReport run(List<Path> dumps, List<LanguageCode> languages, Checkpoint checkpoint,
            CheckpointStore store, Path segmentsOut) {
        try (LineAppender out = LineAppender.open(segmentsOut, syncWrites);
                OrderedPool<Outcome> pool = new OrderedPool<>(threads)) {
            RunState state = new RunState(store, checkpoint, new Tally(out, checkpoint.report()), dumps, segmentsOut,
                    counter.encodingName(), checkpointEvery);
            for (int i = 0; i < dumps.size(); i++) {
                if (!state.progress(i).finished()) {
                    prepare(dumps.get(i), i, languages.get(i), state, pool);
                }
            }
            return state.report();
        }
    }

    private void prepare(Path input, int index, LanguageCode expected, RunState state, OrderedPool<Outcome> pool) {
        state.retry(index);
        try (InputReader reader = InputReader.open(input, expected, maxPageBytes)) {
            skipDone(reader, input, state.progress(index));
            while (reader.hasNext()) {
                SourceItem item = reader.next();
                pool.submit(() -> processor.process(item, expected), o -> state.record(index, o));
            }
        } catch (InvalidInputException e) {
            pool.drain(o -> state.record(index, o));
            state.failed(index, e.getMessage());
            if (!continueOnError) {
                state.save();
                throw new PreparationFailedException(e, state.report());
            }
        }
        pool.drain(o -> state.record(index, o));
        state.finish(index);
    }

    private static void skipDone(InputReader reader, Path dump, Checkpoint.InputProgress done) {
        SourceItem page = null;
        for (long n = 0; n < done.pagesDone(); n++) {
            if (!reader.hasNext()) {
                throw new ConfigurationException(dump + " has fewer pages than the " + done.pagesDone()
                        + " its checkpoint records as done; ask for a fresh run");
            }
            page = reader.next();
        }
        if (page != null && page.id() != done.lastPageId()) {
            throw new ConfigurationException(dump + ": page " + done.pagesDone() + " has id " + page.id()
                    + ", the checkpoint expected " + done.lastPageId() + "; ask for a fresh run");
        }
    }

    /**
     * Prepares one slice of an input (a whole file, or a range of whole streams of a multistream dump) with the same
     * steps as {@link #run}, handing each kept segment to {@code sink} in input order, on the calling thread (with
     * {@link Builder#threads} decompression threads for a whole bzip2 file). Keeps no checkpoint and takes no lock:
     * the caller owns the output. The segments of every slice of an input, in slice order, are exactly those
     * {@link #run} writes for it.
     *
     * @return the counts of this slice
     * @throws io.ultralink.error.InvalidInputException naming the file and offset when the slice cannot be read,
     *     unless {@link Builder#continueOnError} (then recorded among the report's failed inputs)
     * @throws ConfigurationException if the input's language cannot be determined or has no pack
     */
    public PreparationReport prepare(InputSlice slice, Consumer<Segment> sink) {
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(sink, "sink");
        long started = System.currentTimeMillis();
        LanguageCode expected = languageFromDetection ? null : DumpLanguages.of(slice.file(), language, packs);
        Tally tally = new Tally(sink, null);
        long pages = 0;
        try (InputReader reader = InputReader.open(slice, expected, maxPageBytes, threads)) {
            while (reader.hasNext()) {
                tally.record(processor.process(reader.next(), expected));
                pages++;
            }
        } catch (InvalidInputException e) {
            if (!continueOnError) {
                throw e;
            }
            tally.failed(new FailedInput(slice.toString(), e.getMessage(), pages));
        }
        return tally.report(List.of(slice.file()), slice.file(), counter.encodingName(),
                System.currentTimeMillis() - started);
    }

    /**
     * The files {@link #run} reads for {@code inputs}: each directory replaced by the regular, non-hidden files below
     * it in path order (wikiextractor's {@code AA/wiki_00}, ...), for callers that cut the inputs into slices.
     */
    public static List<Path> inputFiles(List<Path> inputs) {
        return Inputs.expand(Objects.requireNonNull(inputs, "inputs"));
    }

    /**
     * The language a dump's file name gives ({@code zhwiki-latest-pages-articles.xml.bz2} is Chinese), if it gives
     * one; a dump whose name gives none needs {@link Builder#language} or {@link Builder#languageFromDetection}.
     */
    public static java.util.Optional<LanguageCode> languageFromName(Path dump) {
        return DumpLanguages.fromName(Objects.requireNonNull(dump, "dump"));
    }

    /**
     * The checkpoint file kept beside {@code segmentsOut} ({@code NAME.checkpoint.json} for {@code NAME}); it
     * records how far each input got, so that a run over the same inputs resumes after an interruption.
     */
    public static Path checkpointFile(Path segmentsOut) {
        return segmentsOut.resolveSibling(segmentsOut.getFileName() + ".checkpoint.json");
    }

    /** What determines the segments besides the inputs: encoding, bounds, language choice and language settings. */
    private String settingsKey() {
        Fingerprint.Builder b = Fingerprint.builder().put("encoding", counter.encodingName()).put("segmenter", settings)
                .put("language", languageFromDetection ? "detected" : language == null ? "from-name" : language.code())
                .put("referenceSections", keepReferenceSections ? "kept" : "dropped");
        for (LanguagePack pack : packs.all()) {
            b.put("pack." + pack.code() + ".languageId", pack.languageId())
                    .put("pack." + pack.code() + ".scriptConversion", pack.scriptConversion())
                    .put("pack." + pack.code() + ".referenceSections", pack.referenceSections());
        }
        if (maxPageBytes != WikiDumpReader.DEFAULT_MAX_TEXT_BYTES) {
            b.put("maxPageBytes", maxPageBytes);
        }
        return b.build().toString();
    }

    /** Builder of {@link KnowledgePreparation}; every setting has a default. */
    public static final class Builder {
        private LanguagePacks packs;
        private LanguageCode language;
        private boolean languageFromDetection;
        private TokenCounter tokenCounter;
        private SegmenterSettings settings = SegmenterSettings.defaults();
        private LanguageDetector detector;
        private ScriptNormaliser normaliser;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean continueOnError;
        private boolean syncWrites;
        private boolean fresh;
        private int checkpointEvery = 1_000;
        private boolean keepReferenceSections;
        private RunStore runStore;
        private long maxPageBytes = WikiDumpReader.DEFAULT_MAX_TEXT_BYTES;

        private Builder() {
        }

        /**
         * Keep the sections a pack names in {@code referenceSections} (See also, References, External links, ...)
         * instead of dropping them while cleaning (default false: dropped, and counted in the report).
         */
        public Builder keepReferenceSections(boolean keep) {
            this.keepReferenceSections = keep;
            return this;
        }

        /** The language packs (default {@link LanguagePacks#load()}). */
        public Builder packs(LanguagePacks packs) {
            this.packs = Objects.requireNonNull(packs, "packs");
            return this;
        }

        /** The language of every dump (default: from each file name, {@code xxwiki-…}). */
        public Builder language(LanguageCode language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /** Take each page's language from detection, keeping pages in any pack language (mixed inputs). */
        public Builder languageFromDetection(boolean fromDetection) {
            this.languageFromDetection = fromDetection;
            return this;
        }

        /** The token counter (default {@code cl100k_base}). */
        public Builder tokenCounter(TokenCounter tokenCounter) {
            this.tokenCounter = Objects.requireNonNull(tokenCounter, "tokenCounter");
            return this;
        }

        /** The document and segment bounds (default {@link SegmenterSettings#defaults()}). */
        public Builder segmenterSettings(SegmenterSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The language detector (default: Lingua restricted to the packs' languages). */
        public Builder languageDetector(LanguageDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /** The script normaliser (default: OpenCC4j Traditional→Simplified where a pack asks for it). */
        public Builder scriptNormaliser(ScriptNormaliser normaliser) {
            this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
            return this;
        }

        /** Worker threads for cleaning, detection and segmentation (default: available processors). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Record a dump that cannot be read in the report and go on with the next (default false: throw). */
        public Builder continueOnError(boolean continueOnError) {
            this.continueOnError = continueOnError;
            return this;
        }

        /** Force every appended line to disk (default false). */
        public Builder syncWrites(boolean syncWrites) {
            this.syncWrites = syncWrites;
            return this;
        }

        /**
         * The run store that holds the output folder (default: none, and the run locks the segments
         * file's folder itself). Give the caller's store when it already holds that folder.
         */
        public Builder runStore(RunStore value) {
            runStore = Objects.requireNonNull(value, "runStore");
            return this;
        }

        /**
         * Start afresh, deleting the segments file and its checkpoint, instead of resuming (default false:
         * resume where an interrupted run over the same inputs and settings stopped).
         */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /**
         * Save the checkpoint after every {@code pages} pages (default 1,000) and at the end of each input. A
         * resumed run redoes at most this many pages; the output is the same either way.
         */
        public Builder checkpointEvery(int pages) {
            this.checkpointEvery = pages;
            return this;
        }

        /**
         * The bound on a page's text in UTF-8 bytes (default {@link WikiDumpReader#DEFAULT_MAX_TEXT_BYTES}, MediaWiki's
         * 2 MiB revision limit): a longer page is read past without being held and counted as
         * {@link DropReason#TOO_LARGE}.
         */
        public Builder maxPageBytes(long bytes) {
            this.maxPageBytes = bytes;
            return this;
        }

        /** Builds the pipeline (loading the detector's models lazily). */
        public KnowledgePreparation build() {
            if (threads < 1) {
                throw new ConfigurationException("threads must be >= 1, was " + threads);
            }
            if (checkpointEvery < 1) {
                throw new ConfigurationException("checkpointEvery must be >= 1, was " + checkpointEvery);
            }
            if (maxPageBytes < 1) {
                throw new ConfigurationException("maxPageBytes must be >= 1, was " + maxPageBytes);
            }
            if (language != null && languageFromDetection) {
                throw new ConfigurationException("set either language or languageFromDetection, not both");
            }
            LanguagePacks p = packs != null ? packs : LanguagePacks.load();
            if (language != null) {
                p.get(language);
            }
            TokenCounter counter = tokenCounter != null ? tokenCounter : JtokkitTokenCounter.cl100k();
            LanguageDetector d = detector != null ? detector : LinguaLanguageDetector.forPacks(p.all());
            ScriptNormaliser n = normaliser != null ? normaliser : OpenCcScriptNormaliser.create();
            PageProcessor processor = new PageProcessor(p, d, n, new TokenBoundedSegmenter(counter, settings),
                    settings.minDocumentTokens(),
                    LengthPrecheck.appliesTo(counter) ? settings.maxDocumentTokens() : Integer.MAX_VALUE,
                    keepReferenceSections);
            return new KnowledgePreparation(this, p, counter, processor);
        }
    }
}
