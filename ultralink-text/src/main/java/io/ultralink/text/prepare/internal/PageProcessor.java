package io.ultralink.text.prepare.internal;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.language.ScriptNormaliser;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.segment.KnowledgeSegmenter;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.text.prepare.DropReason;
import io.ultralink.text.wiki.CleanedText;
import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The per-page steps: article filter and cleaning (dump pages only), free length bounds, then, when the input's
 * language is known, script normalisation, length filter and segmentation before the language check (so that
 * detection is not spent on pages dropped for length), or, when the detected language decides, the language check
 * first. Unless told to keep them, the sections a pack names in {@code referenceSections} are dropped while
 * cleaning: the expected language's, or every pack's when the detected language decides. Thread-safe.
 */
public final class PageProcessor {

    private final LanguagePacks packs;
    private final LanguageDetector detector;
    private final ScriptNormaliser normaliser;
    private final KnowledgeSegmenter segmenter;
    private final int minDocumentTokens;
    private final int maxDocumentTokens;
    private final Map<LanguageCode, WikitextCleaner> cleaners = new HashMap<>();
    private final WikitextCleaner anyLanguageCleaner;

    /** Creates a processor from the shared components. */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens) {
        this(packs, detector, normaliser, segmenter, minDocumentTokens, Integer.MAX_VALUE);
    }

    /**
     * Creates a processor that also rejects, before language detection, pages whose pre-tokenizer pieces alone
     * exceed {@code maxDocumentTokens} (see {@link LengthPrecheck}; pass {@link Integer#MAX_VALUE} unless
     * {@link LengthPrecheck#appliesTo} the segmenter's counter).
     */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens, int maxDocumentTokens) {
        this(packs, detector, normaliser, segmenter, minDocumentTokens, maxDocumentTokens, false);
    }

    /**
     * Creates a processor as above that drops the packs' reference sections unless {@code keepReferenceSections}.
     */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens, int maxDocumentTokens, boolean keepReferenceSections) {
        Set<String> all = new LinkedHashSet<>();
        for (LanguagePack pack : packs.all()) {
            all.addAll(pack.referenceSections());
            cleaners.put(pack.code(), keepReferenceSections ? WikitextCleaner.create()
                    : WikitextCleaner.droppingSections(pack.referenceSections()));
        }
        this.anyLanguageCleaner = keepReferenceSections ? WikitextCleaner.create()
                : WikitextCleaner.droppingSections(all);
        this.packs = packs;
        this.detector = detector;
        this.normaliser = normaliser;
        this.segmenter = segmenter;
        this.minDocumentTokens = minDocumentTokens;
        this.maxDocumentTokens = maxDocumentTokens;
    }

    /**
     * Processes one input item: a dump page goes through every step, an extracted document (already plain text)
     * skips the article filter and cleaning.
     *
     * @param expected the input's language, or null to take the detected language when a pack exists for it
     */
    public Outcome process(SourceItem item, LanguageCode expected) {
        WikiPage page = item.page();
        Document doc = item.document();
        long id = item.id();
        if (page == null && doc == null) {
            return Outcome.dropped(id, "", expected, DropReason.TOO_LARGE);
        }
        String title = page != null ? page.title() : doc.title();
        try {
            if (page != null) {
                Optional<PageFilter.Rejection> rejection = PageFilter.create().check(page);
                if (rejection.isPresent()) {
                    return Outcome.dropped(id, title, expected, switch (rejection.get()) {
                        case NAMESPACE -> DropReason.NAMESPACE;
                        case REDIRECT -> DropReason.REDIRECT;
                        case DISAMBIGUATION -> DropReason.DISAMBIGUATION;
                    });
                }
                if (page.tooLarge()) {
                    return Outcome.dropped(id, title, expected, DropReason.TOO_LARGE);
                }
            }
            CleanedText cleaned = page != null ? cleaner(expected).cleanCounting(page.wikitext())
                    : CleanedText.of(doc.text());
            Outcome outcome = checkAndSegment(id, title, cleaned.text(), expected,
                    (code, clean) -> page != null ? page.toDocument(code, clean)
                            : new Document(doc.pageId(), doc.revisionId(), doc.title(), doc.url(), code, clean));
            return outcome.withReferencesDropped(cleaned.referenceSections(), cleaned.referenceChars());
        } catch (RuntimeException e) {
            return Outcome.failed(id, title, expected, "page " + id + " '" + title + "': " + describe(e));
        }
    }

    private WikitextCleaner cleaner(LanguageCode expected) {
        return expected == null ? anyLanguageCleaner : cleaners.getOrDefault(expected, anyLanguageCleaner);
    }

    private Outcome checkAndSegment(long id, String title, String text, LanguageCode expected,
            BiFunction<LanguageCode, String, Document> document) {
        if (text.isBlank()) {
            return Outcome.dropped(id, title, expected, DropReason.EMPTY);
        }
        if (text.length() < minDocumentTokens && text.getBytes(StandardCharsets.UTF_8).length < minDocumentTokens) {
            return Outcome.dropped(id, title, expected, DropReason.TOO_SHORT);
        }
        if (LengthPrecheck.surelyTooLong(text, maxDocumentTokens)) {
            return Outcome.dropped(id, title, expected, DropReason.TOO_LONG);
        }
        LanguagePack known = expected != null ? packs.get(expected) : null;
        if (known != null) {
            SegmentationResult result = segment(text, known, document);
            if (result.status() != SegmentationResult.Status.KEPT) {
                return lengthDrop(id, title, known, result);
            }
            LanguageDetection detection = detector.detect(text);
            return detection.accepts(known) ? Outcome.kept(id, title, known.code(), result)
                    : Outcome.wrongLanguage(id, title, expected, detection);
        }
        LanguageDetection detection = detector.detect(text);
        LanguagePack pack = expected != null ? null : detection.language().flatMap(packs::find).orElse(null);
        if (pack == null || !detection.accepts(pack)) {
            return Outcome.wrongLanguage(id, title, expected, detection);
        }
        SegmentationResult result = segment(text, pack, document);
        return result.status() == SegmentationResult.Status.KEPT ? Outcome.kept(id, title, pack.code(), result)
                : lengthDrop(id, title, pack, result);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }

    private SegmentationResult segment(String text, LanguagePack pack,
            BiFunction<LanguageCode, String, Document> document) {
        String normalised = normaliser.normalise(text, pack.scriptConversion());
        return segmenter.segment(document.apply(pack.code(), normalised));
    }

    private static Outcome lengthDrop(long id, String title, LanguagePack pack, SegmentationResult result) {
        return Outcome.dropped(id, title, pack.code(),
                result.status() == SegmentationResult.Status.TOO_SHORT ? DropReason.TOO_SHORT : DropReason.TOO_LONG);
    }
}
