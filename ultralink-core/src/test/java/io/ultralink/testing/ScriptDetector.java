package io.ultralink.testing;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.model.LanguageCode;

/**
 * A language detector double that decides by script: Han → zh, Cyrillic → ru, Latin → a configured
 * language; the confidence is the share of letters in the dominant script.
 */
public final class ScriptDetector implements LanguageDetector {

    private final LanguageCode latin;

    /** Latin-script text counts as {@code latin}. */
    public ScriptDetector(LanguageCode latin) {
        this.latin = latin;
    }

    /** Latin-script text counts as English. */
    public ScriptDetector() {
        this(LanguageCode.EN);
    }

    @Override
    public LanguageDetection detect(String text) {
        int han = 0;
        int cyrillic = 0;
        int latinLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latinLetters++;
            }
        }
        int total = han + cyrillic + latinLetters;
        if (total == 0) {
            return LanguageDetection.UNKNOWN;
        }
        // Han characters carry a word each; weigh them up against letters of alphabetic scripts
        int hanWeight = han * 3;
        int max = Math.max(hanWeight, Math.max(cyrillic, latinLetters));
        double confidence = (double) max / (hanWeight + cyrillic + latinLetters);
        LanguageCode code = max == hanWeight ? LanguageCode.ZH : max == cyrillic ? LanguageCode.RU : latin;
        return LanguageDetection.of(code, confidence);
    }
}
