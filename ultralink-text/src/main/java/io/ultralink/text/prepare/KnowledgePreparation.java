package io.ultralink.text.prepare;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.format.LineAppender;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.internal.DumpLanguages;
import io.ultralink.text.prepare.internal.OrderedPool;
import io.ultralink.text.prepare.internal.Outcome;
import io.ultralink.text.prepare.internal.PageProcessor;
import io.ultralink.text.prepare.internal.Tally;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.segment.TokenBoundedSegmenter;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
 * <p>Each dump's language comes from {@link Builder#language}, or else from its file name ({@code zhwiki-…}
 * is Chinese) and must have a pack. Pages are processed on {@link Builder#threads} threads and written in dump
 * order. The output is appended to (a partial last line from a crash is cut first); delete it for a fresh run.
 * If a dump is corrupt or malformed, every segment produced before the failure is written and an
 * {@link InvalidInputException} naming the file and the byte offset or page is thrown, unless
 * {@link Builder#continueOnError} is set, in which case it is recorded in the report and the next dump read.
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

    private KnowledgePreparation(Builder b, LanguagePacks packs, TokenCounter counter, PageProcessor processor) {
        this.packs = packs;
        this.language = b.language;
        this.languageFromDetection = b.languageFromDetection;
        this.counter = counter;
        this.processor = processor;
        this.threads = b.threads;
        this.continueOnError = b.continueOnError;
        this.syncWrites = b.syncWrites;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prepares the given dumps, appending segments to {@code segmentsOut}.
     *
     * @param dumps MediaWiki XML dumps ({@code .xml}, {@code .xml.bz2}, multistream with index)
     * @param segmentsOut the JSONL file to append segments to (created with its directories)
     * @return the counts of the run
     * @throws InvalidInputException if a dump cannot be read (after writing what was produced before)
     * @throws ConfigurationException if a dump's language cannot be determined or has no pack
     */
    public PreparationReport run(List<Path> dumps, Path segmentsOut) {
        Objects.requireNonNull(dumps, "dumps");
        Objects.requireNonNull(segmentsOut, "segmentsOut");
        List<LanguageCode> languages = dumps.stream()
                .map(d -> languageFromDetection ? null : DumpLanguages.of(d, language, packs)).toList();
        long start = System.nanoTime();
        try (LineAppender out = LineAppender.open(segmentsOut, syncWrites);
                OrderedPool<Outcome> pool = new OrderedPool<>(threads)) {
            Tally tally = new Tally(out);
            for (int i = 0; i < dumps.size(); i++) {
                LanguageCode expected = languages.get(i);
                try (WikiDumpReader reader = WikiDumpReader.open(dumps.get(i))) {
                    while (reader.hasNext()) {
                        WikiPage page = reader.next();
                        tally.pageRead();
                        pool.submit(() -> processor.process(page, expected), tally::record);
                    }
                } catch (InvalidInputException e) {
                    pool.drain(tally::record);
                    if (!continueOnError) {
                        throw e;
                    }
                    tally.error(e.getMessage());
                }
                pool.drain(tally::record);
            }
            return tally.report(dumps, segmentsOut, counter.encodingName(), (System.nanoTime() - start) / 1_000_000);
        }
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

        private Builder() {
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

        /** Builds the pipeline (loading the detector's models lazily). */
        public KnowledgePreparation build() {
            if (threads < 1) {
                throw new ConfigurationException("threads must be >= 1, was " + threads);
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
                    settings.minDocumentTokens());
            return new KnowledgePreparation(this, p, counter, processor);
        }
    }
}
