package io.ultralink.text.prepare.internal;

import io.ultralink.language.LanguageDetection;
import io.ultralink.model.LanguageCode;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.text.prepare.DropReason;

/**
 * What processing one page gave: segments, or a drop reason with the detection (for wrong language) or an
 * error message (for failures).
 */
public record Outcome(long pageId, String title, LanguageCode expected, DropReason dropped, SegmentationResult result,
        LanguageDetection detection, String error) {

    static Outcome kept(long pageId, String title, LanguageCode expected, SegmentationResult result) {
        return new Outcome(pageId, title, expected, null, result, null, null);
    }

    static Outcome dropped(long pageId, String title, LanguageCode expected, DropReason reason) {
        return new Outcome(pageId, title, expected, reason, null, null, null);
    }

    static Outcome wrongLanguage(long pageId, String title, LanguageCode expected, LanguageDetection detection) {
        return new Outcome(pageId, title, expected, DropReason.WRONG_LANGUAGE, null, detection, null);
    }

    static Outcome failed(long pageId, String title, LanguageCode expected, String error) {
        return new Outcome(pageId, title, expected, DropReason.FAILED, null, null, error);
    }
}
