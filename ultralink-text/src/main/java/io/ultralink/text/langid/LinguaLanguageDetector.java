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
 * Detection runs in two stages: a short sample first ({@link Builder#quickSample(int, double)}, 300 characters by
 * default), whose answer is taken when the runner-up language scores clearly below the winner; otherwise the full
 * sample decides. The pack's minimum confidence is applied by {@link LanguageDetector#isLanguage}.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

    /** Default number of characters examined per text. */
    public static final int DEFAULT_SAMPLE_CHARS = 2_000;
    /** Default size of the first, short sample. */
    public static final int DEFAULT_QUICK_SAMPLE_CHARS = 300;
    /** Default margin by which the winner's relative score must lead the runner-up's to settle on the short sample. */
    public static final double DEFAULT_QUICK_MARGIN = 0.1;

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
    private final int quickSampleChars;
    private final double quickMargin;

    private LinguaLanguageDetector(Set<Language> languages, boolean highAccuracy, int sampleChars,
            int quickSampleChars, double quickMargin) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(languages.toArray(Language[]::new));
        if (!highAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.lingua = builder.build();
        this.languages = Set.copyOf(languages);
        this.sampleChars = sampleChars;
        this.quickSampleChars = quickSampleChars;
        this.quickMargin = quickMargin;
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
        if (quickSampleChars > 0 && text.length() > quickSampleChars) {
            Map<Language, Double> quick = lingua.computeLanguageConfidenceValues(TextSample.of(text, quickSampleChars));
            Ranking ranking = Ranking.of(quick);
            if (ranking.best() != Language.UNKNOWN && ranking.lead() >= quickMargin) {
                return ranking.toDetection();
            }
        }
        return Ranking.of(lingua.computeLanguageConfidenceValues(TextSample.of(text, sampleChars))).toDetection();
    }

    /** The winner of Lingua's relative scores, its score and how far the runner-up trails it. */
    private record Ranking(Language best, double confidence, double lead) {

        static Ranking of(Map<Language, Double> values) {
            Language best = Language.UNKNOWN;
            double first = 0;
            double second = 0;
            for (Map.Entry<Language, Double> e : values.entrySet()) {
                double v = e.getValue();
                if (v > first) {
                    second = first;
                    first = v;
                    best = e.getKey();
                } else if (v > second) {
                    second = v;
                }
            }
            return new Ranking(best, first, first - second);
        }

        LanguageDetection toDetection() {
            if (best == Language.UNKNOWN) {
                return LanguageDetection.UNKNOWN;
            }
            return LanguageDetection.of(toCode(best), Math.min(1.0, Math.max(0.0, confidence)));
        }
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
        private int quickSampleChars = DEFAULT_QUICK_SAMPLE_CHARS;
        private double quickMargin = DEFAULT_QUICK_MARGIN;

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

        /** At most this many characters of a text are examined (default 2,000, at least 50). */
        public Builder sampleChars(int sampleChars) {
            this.sampleChars = sampleChars;
            return this;
        }

        /**
         * The first stage: a sample of {@code chars} characters (0 turns the stage off) whose winner is taken when
         * Lingua's relative score of the runner-up trails the winner's by at least {@code margin} (scores are
         * relative to the winner's 1.0). Defaults: 300 characters, margin 0.1. On the real minidumps every article's
         * language is the same from 300 characters as from 2,000; the short sample costs about a quarter as much.
         */
        public Builder quickSample(int chars, double margin) {
            this.quickSampleChars = chars;
            this.quickMargin = margin;
            return this;
        }

        /** Builds the detector; loads no model until the first detection. */
        public LinguaLanguageDetector build() {
            if (sampleChars < 50) {
                throw new ConfigurationException("sampleChars must be >= 50, was " + sampleChars);
            }
            if (quickSampleChars != 0 && (quickSampleChars < 50 || quickSampleChars >= sampleChars)) {
                throw new ConfigurationException("quick sample must be 0 (off) or between 50 and sampleChars ("
                        + sampleChars + "), was " + quickSampleChars);
            }
            if (!(quickMargin >= 0 && quickMargin <= 1)) {
                throw new ConfigurationException("quick sample margin must be within [0, 1], was " + quickMargin);
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
            return new LinguaLanguageDetector(languages, highAccuracy, sampleChars, quickSampleChars, quickMargin);
        }
    }
}
