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

/**
 * The per-page steps: article filter, cleaning, a free length lower bound, language check, script
 * normalisation, length filter and segmentation. Thread-safe.
 */
public final class PageProcessor {

    private final LanguagePacks packs;
    private final LanguageDetector detector;
    private final ScriptNormaliser normaliser;
    private final KnowledgeSegmenter segmenter;
    private final int minDocumentTokens;

    /** Creates a processor from the shared components. */
    public PageProcessor(LanguagePacks packs, LanguageDetector detector, ScriptNormaliser normaliser,
            KnowledgeSegmenter segmenter, int minDocumentTokens) {
        this.packs = packs;
        this.detector = detector;
        this.normaliser = normaliser;
        this.segmenter = segmenter;
        this.minDocumentTokens = minDocumentTokens;
    }

    /**
     * Processes one page.
     *
     * @param expected the dump's language, or null to take the detected language when a pack exists for it
     */
    public Outcome process(WikiPage page, LanguageCode expected) {
        try {
            return steps(page, expected);
        } catch (RuntimeException e) {
            return Outcome.failed(page, expected, "page " + page.id() + " '" + page.title() + "': " + e);
        }
    }

    private Outcome steps(WikiPage page, LanguageCode expected) {
        Optional<PageFilter.Rejection> rejection = PageFilter.create().check(page);
        if (rejection.isPresent()) {
            return Outcome.dropped(page, expected, switch (rejection.get()) {
                case NAMESPACE -> DropReason.NAMESPACE;
                case REDIRECT -> DropReason.REDIRECT;
                case DISAMBIGUATION -> DropReason.DISAMBIGUATION;
            });
        }
        String text = WikitextCleaner.create().clean(page.wikitext());
        if (text.isBlank()) {
            return Outcome.dropped(page, expected, DropReason.EMPTY);
        }
        if (text.length() < minDocumentTokens && text.getBytes(StandardCharsets.UTF_8).length < minDocumentTokens) {
            return Outcome.dropped(page, expected, DropReason.TOO_SHORT);
        }
        LanguageDetection detection = detector.detect(text);
        LanguagePack pack = expected != null ? packs.get(expected)
                : detection.language().flatMap(packs::find).orElse(null);
        if (pack == null || !detection.language().filter(pack.code()::equals).isPresent()
                || detection.confidence() < pack.languageId().minConfidence()) {
            return Outcome.wrongLanguage(page, expected, detection);
        }
        String normalised = normaliser.normalise(text, pack.scriptConversion());
        Document document = page.toDocument(pack.code(), normalised);
        SegmentationResult result = segmenter.segment(document);
        return switch (result.status()) {
            case KEPT -> Outcome.kept(page, pack.code(), result);
            case TOO_SHORT -> Outcome.dropped(page, pack.code(), DropReason.TOO_SHORT);
            case TOO_LONG -> Outcome.dropped(page, pack.code(), DropReason.TOO_LONG);
        };
    }
}
