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
import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The per-page steps: article filter and cleaning (dump pages only), free length bounds, language check, script
 * normalisation, length filter and segmentation. Thread-safe.
 */
public final class PageProcessor {

    private final LanguagePacks packs;
    private final LanguageDetector detector;
    private final ScriptNormaliser normaliser;
    private final KnowledgeSegmenter segmenter;
    private final int minDocumentTokens;
    private final int maxDocumentTokens;

    /** Creates a processor from the shared components. */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens) {
        this(packs, detector, normaliser, segmenter, minDocumentTokens, Integer.MAX_VALUE);
    }

    /**
     * Creates a processor that also rejects, before language detection, pages whose runs of letters or digits
     * alone exceed {@code maxDocumentTokens} (see {@link LengthPrecheck}).
     */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens, int maxDocumentTokens) {
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
            }
            String text = page != null ? WikitextCleaner.create().clean(page.wikitext()) : doc.text();
            return checkAndSegment(id, title, text, expected,
                    (code, clean) -> page != null ? page.toDocument(code, clean)
                            : new Document(doc.pageId(), doc.revisionId(), doc.title(), doc.url(), code, clean));
        } catch (RuntimeException e) {
            return Outcome.failed(id, title, expected, "page " + id + " '" + title + "': " + e);
        }
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
        LanguageDetection detection = detector.detect(text);
        LanguagePack pack = expected != null ? packs.get(expected)
                : detection.language().flatMap(packs::find).orElse(null);
        if (pack == null || !detection.language().filter(pack.code()::equals).isPresent()
                || detection.confidence() < pack.languageId().minConfidence()) {
            return Outcome.wrongLanguage(id, title, expected, detection);
        }
        String normalised = normaliser.normalise(text, pack.scriptConversion());
        SegmentationResult result = segmenter.segment(document.apply(pack.code(), normalised));
        return switch (result.status()) {
            case KEPT -> Outcome.kept(id, title, pack.code(), result);
            case TOO_SHORT -> Outcome.dropped(id, title, pack.code(), DropReason.TOO_SHORT);
            case TOO_LONG -> Outcome.dropped(id, title, pack.code(), DropReason.TOO_LONG);
        };
    }
}
