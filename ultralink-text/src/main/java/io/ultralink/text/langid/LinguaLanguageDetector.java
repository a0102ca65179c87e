package io.ultralink.text.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.model.LanguageCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link LanguageDetector} backed by Lingua and restricted to the languages of the given packs plus, by
 * default, a few languages easily confused with them (Portuguese and Catalan for Spanish, Ukrainian for Russian,
 * Japanese for Chinese, and so on), so that a page in a neighbouring language is reported as such instead of
 * being forced onto a pack language.
 *
 * <p>Build one instance and share it: it is thread-safe and its models load once. Only a bounded sample of the
 * text is examined (see {@link Builder#sampleChars(int)}), so the cost does not grow with document length.
 *
 * <p>The sample is cut into windows spread over the text and Lingua decides each window on its own. The language
 * that wins the most characters is the answer, and its <em>confidence is the share of the examined characters
 * whose window it won</em>: 1.0 for a text in one language throughout, 0.6 for one whose sampled windows are 60%
 * French and 40% English. (Lingua 1.2's own confidence values are relative to the winner, which always scores
 * 1.0, so they cannot be held against a threshold.) Detection runs in two stages: three short windows at the
 * start, middle and end first ({@link Builder#quickWindowChars(int)}, 100 characters each by default), whose
 * answer stands, with confidence 1.0, when all three agree; otherwise {@link Builder#windows(int)} windows
 * covering the whole sample decide. A text shorter than two windows is one window, so its confidence is 1.0
 * whenever a language is decided. The pack's minimum confidence is applied by
 * {@link LanguageDetector#isLanguage}.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    /** Default number of characters examined per text in the second stage. */
    public static final int DEFAULT_SAMPLE_CHARS = 1_200;
    /** Default number of windows the second stage cuts its sample into. */
    public static final int DEFAULT_WINDOWS = 4;
    /** Default size of each of the three first-stage windows. */
    public static final int DEFAULT_QUICK_WINDOW_CHARS = 100;
    /** Windows in the first stage: the start, the middle and the end of the text. */
    static final int QUICK_WINDOWS = 3;
    /** Shortest window allowed: Lingua's low-accuracy mode is unreliable on less. */
    static final int MIN_WINDOW_CHARS = 50;

    private static final Map<Language, List<Language>> CONFUSABLE = Map.of(
            Language.ENGLISH, List.of(Language.GERMAN, Language.DUTCH),
            Language.SPANISH, List.of(Language.PORTUGUESE, Language.CATALAN, Language.ITALIAN),
            Language.FRENCH, List.of(Language.ITALIAN, Language.CATALAN),
            Language.RUSSIAN, List.of(Language.UKRAINIAN, Language.BELARUSIAN, Language.BULGARIAN),
            Language.CHINESE, List.of(Language.JAPANESE),
            Language.GERMAN, List.of(Language.DUTCH, Language.ENGLISH));

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final Set<Language> languages;
    private final int sampleChars;
    private final int windows;
    private final int quickWindowChars;

    private LinguaLanguageDetector(Set<Language> languages, boolean highAccuracy, int sampleChars, int windows,
            int quickWindowChars) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new));
        if (!highAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.lingua = builder.build();
        this.languages = Set.copyOf(languages);
        this.sampleChars = sampleChars;
        this.windows = windows;
        this.quickWindowChars = quickWindowChars;
    }

    /** Returns a detector for the languages of these packs with the default settings. */
    public static LinguaLanguageDetector forPacks(Collection<LanguagePack> packs) {
        return builder().packs(packs).build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The Lingua languages this detector chooses among. */
    public Set<Language> languages() {
        return languages;
    }

    @Override
    public LanguageDetection detect(String text) {
        Objects.requireNonNull(text, "text");
        if (quickWindowChars > 0 && text.length() > 2 * QUICK_WINDOWS * quickWindowChars) {
            WindowVote quick = vote(TextSample.windows(text, QUICK_WINDOWS, quickWindowChars));
            if (quick.unanimous()) {
                return quick.toDetection();
            }
        }
        return vote(TextSample.windows(text, windows, sampleChars / windows)).toDetection();
    }

    private WindowVote vote(List<String> sample) {
        return WindowVote.of(sample, lingua::computeLanguageConfidenceValues);
    }

    static LanguageCode toCode(Language language) {
        return LanguageCode.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    static Language toLingua(String name) {
        try {
            return Language.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("unknown Lingua language '" + name + "' in a language pack; use a name"
                    + " such as ENGLISH or CHINESE", e);
        }
    }

    /** Builder of {@link LinguaLanguageDetector}. */
    public static final class Builder {
        private final List<LanguagePack> packs = new ArrayList<>();
        private final Set<Language> extra = EnumSet.noneOf(Language.class);
        private boolean confusables = true;
        private boolean highAccuracy;
        private int sampleChars = DEFAULT_SAMPLE_CHARS;
        private int windows = DEFAULT_WINDOWS;
        private int quickWindowChars = DEFAULT_QUICK_WINDOW_CHARS;

        private Builder() {
        }

        /** Adds the packs whose languages are detected. */
        public Builder packs(Collection<LanguagePack> packs) {
            this.packs.addAll(Objects.requireNonNull(packs, "packs"));
            return this;
        }

        /** Adds further Lingua languages to choose among. */
        public Builder extraLanguages(Collection<Language> languages) {
            extra.addAll(Objects.requireNonNull(languages, "languages"));
            return this;
        }

        /** Whether languages easily confused with the pack languages are added (default true). */
        public Builder confusables(boolean confusables) {
            this.confusables = confusables;
            return this;
        }

        /** Lingua's high-accuracy mode: better on short texts, ≈10× the memory (default false). */
        public Builder highAccuracy(boolean highAccuracy) {
            this.highAccuracy = highAccuracy;
            return this;
        }

        /** At most this many characters of a text are examined in the second stage (default 1,200). */
        public Builder sampleChars(int sampleChars) {
            this.sampleChars = sampleChars;
            return this;
        }

        /**
         * The number of windows the second stage cuts its sample into (default 4, so windows of about 300
         * characters); each window is decided on its own, and the confidence is the winner's share of them.
         */
        public Builder windows(int windows) {
            this.windows = windows;
            return this;
        }

        /**
         * The size of each of the three first-stage windows (start, middle, end; default 100 characters), whose
         * answer stands when all three agree; 0 turns the first stage off. On the real minidumps 4% of English and
         * 9% of French 100-character windows are detected as another language (mostly names and quotations), so
         * the second stage runs for about one page in eight (English) to one in four (French).
         */
        public Builder quickWindowChars(int chars) {
            this.quickWindowChars = chars;
            return this;
        }

        /** Builds the detector; loads no model until the first detection. */
        public LinguaLanguageDetector build() {
            if (windows < 1) {
                throw new ConfigurationException("windows must be >= 1, was " + windows);
            }
            if (sampleChars / windows < MIN_WINDOW_CHARS) {
                throw new ConfigurationException("sampleChars / windows must be >= " + MIN_WINDOW_CHARS + ", was "
                        + sampleChars + " / " + windows);
            }
            if (quickWindowChars != 0 && (quickWindowChars < MIN_WINDOW_CHARS
                    || QUICK_WINDOWS * quickWindowChars >= sampleChars)) {
                throw new ConfigurationException("quickWindowChars must be 0 (off) or at least " + MIN_WINDOW_CHARS
                        + " with three windows fewer than sampleChars (" + sampleChars + "), was " + quickWindowChars);
            }
            Set<Language> languages = EnumSet.copyOf(extra);
            for (LanguagePack pack : packs) {
                Language language = toLingua(pack.languageId().linguaLanguage());
                languages.add(language);
                if (confusables) {
                    languages.addAll(CONFUSABLE.getOrDefault(language, List.of()));
                }
            }
            if (languages.size() < 2) {
                throw new ConfigurationException("a language detector needs at least two languages, had " + languages
                        + "; add packs or extraLanguages");
            }
            return new LinguaLanguageDetector(languages, highAccuracy, sampleChars, windows, quickWindowChars);
        }
    }
}
