package io.ultralink.text.prepare.internal;

import io.ultralink.language.LanguageDetection;
import io.ultralink.model.LanguageCode;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.text.prepare.DropReason;

/**
 * What processing one page gave: segments, or a drop reason with the detection (for wrong language) or an
 * error message (for failures); and the reference sections the cleaner dropped from it.
 */
public record Outcome(long pageId, String title, LanguageCode expected, DropReason dropped, SegmentationResult result,
        LanguageDetection detection, String error, int referenceSections, long referenceChars) {

    static Outcome kept(long pageId, String title, LanguageCode expected, SegmentationResult result) {
        return new Outcome(pageId, title, expected, null, result, null, null, 0, 0);
    }

    static Outcome dropped(long pageId, String title, LanguageCode expected, DropReason reason) {
        return new Outcome(pageId, title, expected, reason, null, null, null, 0, 0);
    }

    static Outcome wrongLanguage(long pageId, String title, LanguageCode expected, LanguageDetection detection) {
        return new Outcome(pageId, title, expected, DropReason.WRONG_LANGUAGE, null, detection, null, 0, 0);
    }

    static Outcome failed(long pageId, String title, LanguageCode expected, String error) {
        return new Outcome(pageId, title, expected, DropReason.FAILED, null, null, error, 0, 0);
    }

    /** This outcome, recording that the cleaner dropped {@code sections} reference sections of {@code chars}. */
    Outcome withReferencesDropped(int sections, long chars) {
        return sections == 0 && chars == 0 ? this
                : new Outcome(pageId, title, expected, dropped, result, detection, error, sections, chars);
    }
}
