package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageIdSettings;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinguaLanguageDetectorTest {

    private static LanguagePacks packs;
    private static LinguaLanguageDetector detector;

    @BeforeAll
    static void setUp() {
        packs = LanguagePacks.builder().addBuiltIn().build();
        detector = LinguaLanguageDetector.forPacks(packs.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The river flows slowly through the old town, and in summer many visitors walk along its banks.",
        "zh|这条河缓缓流过古老的城镇，夏天有许多游客沿着河岸散步。",
        "ru|Река медленно течёт через старый город, и летом многие туристы гуляют по её берегам.",
        "fr|La rivière traverse lentement la vieille ville, et en été de nombreux visiteurs se promènent sur ses rives.",
        "es|El río atraviesa lentamente la ciudad vieja y en verano muchos visitantes pasean por sus orillas."})
    void detect_packLanguages_detectedWithConfidence(String code, String sentence) {
        LanguageDetection detection = detector.detect(sentence);
        assertThat(detection.language()).contains(LanguageCode.of(code));
        assertThat(detector.isLanguage(sentence, packs.get(LanguageCode.of(code)))).isTrue();
    }

    @Test
    void detect_confusableLanguage_reportedAsItself() {
        LanguageDetection detection = detector.detect(
                "O rio atravessa lentamente a cidade velha e, no verão, muitos visitantes passeiam pelas suas margens.");
        assertThat(detection.language()).contains(LanguageCode.of("pt"));
        assertThat(detector.isLanguage("O rio atravessa lentamente a cidade velha e, no verão, muitos visitantes.",
                packs.get(LanguageCode.ES))).isFalse();
    }

    @Test
    void detect_noLetters_unknown() {
        assertThat(detector.detect("12345 ... 678 !!")).isEqualTo(LanguageDetection.UNKNOWN);
    }

    @Test
    void detect_longText_usesBoundedSample() {
        String text = "La rivière traverse lentement la vieille ville. ".repeat(20_000);
        List<String> windows = TextSample.windows(text, 4, 300);
        assertThat(windows).hasSize(4).allSatisfy(w -> assertThat(w).hasSizeLessThanOrEqualTo(300));
        assertThat(detector.detect(text)).isEqualTo(LanguageDetection.of(LanguageCode.FR, 1.0));
    }

    @Test
    void detect_textInTwoLanguages_confidenceIsTheWinnersShare() {
        String text = FRENCH.repeat(4) + ENGLISH.repeat(2);
        LanguageDetection detection = detector.detect(text);

        assertThat(detection.language()).contains(LanguageCode.FR);
        assertThat(detection.confidence()).isBetween(0.55, 0.8);
        assertThat(detector.isLanguage(text, withMinConfidence(packs.get(LanguageCode.FR), 0.5))).isTrue();
        assertThat(detector.isLanguage(text, withMinConfidence(packs.get(LanguageCode.FR), 0.9))).isFalse();
        assertThat(detector.isLanguage(text, packs.get(LanguageCode.EN))).isFalse();
    }

    @Test
    void detect_oneLanguageThroughout_fullConfidenceFromEitherStage() {
        String text = ENGLISH.repeat(6);
        LinguaLanguageDetector secondStageOnly = LinguaLanguageDetector.builder().packs(packs.all())
                .quickWindowChars(0).build();
        assertThat(detector.detect(text)).isEqualTo(LanguageDetection.of(LanguageCode.EN, 1.0));
        assertThat(secondStageOnly.detect(text)).isEqualTo(LanguageDetection.of(LanguageCode.EN, 1.0));
    }

    @Test
    void detect_quickWindowsDisagree_secondStageDecides() {
        String text = ENGLISH.repeat(3) + FRENCH.repeat(3);
        LinguaLanguageDetector oneWindow = LinguaLanguageDetector.builder().packs(packs.all()).windows(1)
                .sampleChars(1_000).build();
        LanguageDetection detection = detector.detect(text);

        assertThat(detection.language()).isPresent();
        assertThat(detection.confidence()).isBetween(0.3, 0.7);
        assertThat(oneWindow.detect(text).confidence()).isEqualTo(1.0);
    }

    @Test
    void detect_quickWindowsWithoutLetters_secondStageStillLooks() {
        String digits = "1234 5678 9012 3456 ".repeat(30);
        String text = digits + ENGLISH.repeat(2) + digits + ENGLISH.repeat(2) + digits;
        LanguageDetection detection = detector.detect(text);

        assertThat(detection.language()).contains(LanguageCode.EN);
        assertThat(detection.confidence()).isEqualTo(1.0);
    }

    @Test
    void detect_quickStageOff_sameAnswerOnLongText() {
        String text = "Река медленно течёт через старый город, и летом многие туристы гуляют по её берегам. ".repeat(40);
        LinguaLanguageDetector fullOnly = LinguaLanguageDetector.builder().packs(packs.all()).quickWindowChars(0)
                .build();
        assertThat(detector.detect(text)).isEqualTo(fullOnly.detect(text));
        assertThat(detector.detect(text).language()).contains(LanguageCode.RU);
    }

    @Test
    void build_windowSettingsOutOfRange_rejectedWithTheValue() {
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).quickWindowChars(700).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("700");
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).quickWindowChars(20).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("20");
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).windows(0).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("windows must be >= 1, was 0");
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).windows(100).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("1200 / 100");
    }

    private static LanguagePack withMinConfidence(LanguagePack p, double min) {
        return new LanguagePack(p.code(), p.name(), p.nativeName(), p.promptVersion(),
                new LanguageIdSettings(p.languageId().linguaLanguage(), min), p.scriptConversion(),
                p.documentPrefix(), p.dialogue(), p.textReferencePhrases(), p.translationInstructions(),
                p.cultureFilter());
    }

    private static final String FRENCH = "Le vieux port accueille chaque matin les bateaux de pêche qui rentrent au"
            + " quai avec leurs filets chargés de sardines, tandis que les marchands installent leurs étals sous les"
            + " platanes de la place et que les cafés ouvrent leurs terrasses aux premiers promeneurs de la journée. ";
    private static final String ENGLISH = "The old harbour welcomes the fishing boats every morning as they return"
            + " to the quay with their nets full of sardines, while the merchants set up their stalls beneath the"
            + " plane trees of the square and the cafés open their terraces to the first walkers of the day. ";
}
