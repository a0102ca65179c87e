package io.ultralink.testing.agnostic;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.model.LanguageCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises {@link FakeTranslatorModel}'s output: a text whose words mostly end in
 * {@link FakeTranslatorModel#MARK} is in the configured target language, any other is English.
 */
public final class MarkerLanguageDetector implements LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+" + FakeTranslatorModel.MARK + "?");

    private final LanguageCode target;

    /** Reports marked text as {@code target}. */
    public MarkerLanguageDetector(LanguageCode target) {
        this.target = target;
    }

    /** Marked text counts as any non-English pack's language, so one detector serves several targets. */
    @Override
    public boolean isLanguage(String text, io.ultralink.language.LanguagePack pack) {
        LanguageDetection d = detect(text);
        return !pack.code().isEnglish() && d.language().filter(target::equals).isPresent();
    }

    @Override
    public LanguageDetection detect(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int marked = 0;
        while (m.find()) {
            words++;
            if (m.group().endsWith(FakeTranslatorModel.MARK)) {
                marked++;
            }
        }
        if (words == 0) {
            return LanguageDetection.UNKNOWN;
        }
        return marked * 2 >= words ? LanguageDetection.of(target, 0.95) : LanguageDetection.of(LanguageCode.EN, 0.95);
    }
}
