package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.LanguageCode;
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
        assertThat(TextSample.of(text, 2_000)).hasSizeLessThanOrEqualTo(2_003);
        assertThat(detector.detect(text).language()).contains(LanguageCode.FR);
    }

    @Test
    void detect_quickStageOff_sameAnswerOnLongText() {
        String text = "Река медленно течёт через старый город, и летом многие туристы гуляют по её берегам. ".repeat(40);
        LinguaLanguageDetector fullOnly = LinguaLanguageDetector.builder().packs(packs.all()).quickSample(0, 0)
                .build();
        assertThat(detector.detect(text)).isEqualTo(fullOnly.detect(text));
        assertThat(detector.detect(text).language()).contains(LanguageCode.RU);
    }

    @Test
    void build_quickSampleOutOfRange_rejectedWithTheValue() {
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).quickSample(3_000, 0.1).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("3000");
        assertThatThrownBy(() -> LinguaLanguageDetector.builder().packs(packs.all()).quickSample(500, 1.5).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("1.5");
    }
}
