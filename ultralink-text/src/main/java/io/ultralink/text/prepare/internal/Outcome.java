package io.ultralink.text.prepare.internal;

import io.ultralink.language.LanguageDetection;
import io.ultralink.model.LanguageCode;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.text.prepare.DropReason;
import io.ultralink.text.wiki.WikiPage;

/**
 * What processing one page gave: segments, or a drop reason with the detection (for wrong language) or an
 * error message (for failures).
 */
public record Outcome(long pageId, String title, LanguageCode expected, DropReason dropped, SegmentationResult result,
        LanguageDetection detection, String error) {

    static Outcome kept(WikiPage page, LanguageCode expected, SegmentationResult result) {
        return new Outcome(page.id(), page.title(), expected, null, result, null, null);
    }

    static Outcome dropped(WikiPage page, LanguageCode expected, DropReason reason) {
        return new Outcome(page.id(), page.title(), expected, reason, null, null, null);
    }

    static Outcome wrongLanguage(WikiPage page, LanguageCode expected, LanguageDetection detection) {
        return new Outcome(page.id(), page.title(), expected, DropReason.WRONG_LANGUAGE, null, detection, null);
    }

    static Outcome failed(WikiPage page, LanguageCode expected, String error) {
        return new Outcome(page.id(), page.title(), expected, DropReason.FAILED, null, null, error);
    }
}
