package io.ultralink.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.LanguageCode;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    @Test
    void accepts_onlyThePacksLanguageAtOrAboveItsMinimumConfidence() {
        LanguagePack en = LanguagePacks.load().get(LanguageCode.EN);
        double min = en.languageId().minConfidence();
        assertThat(min).isPositive();
        assertThat(LanguageDetection.of(LanguageCode.EN, min).accepts(en)).isTrue();
        assertThat(LanguageDetection.of(LanguageCode.EN, 1.0).accepts(en)).isTrue();
        assertThat(LanguageDetection.of(LanguageCode.EN, Math.nextDown(min)).accepts(en)).isFalse();
        assertThat(LanguageDetection.of(LanguageCode.FR, 1.0).accepts(en)).isFalse();
        assertThat(LanguageDetection.UNKNOWN.accepts(en)).isFalse();
    }

    @Test
    void isLanguage_decidesByTheDetectionItGets() {
        LanguagePack en = LanguagePacks.load().get(LanguageCode.EN);
        LanguageDetector alwaysEnglish = text -> LanguageDetection.of(LanguageCode.EN, 1.0);
        LanguageDetector alwaysFrench = text -> LanguageDetection.of(LanguageCode.FR, 1.0);
        assertThat(alwaysEnglish.isLanguage("x", en)).isTrue();
        assertThat(alwaysFrench.isLanguage("x", en)).isFalse();
    }

    @Test
    void describe_readsAsAReasonWithoutRecordSyntax() {
        LanguageDetection pt = LanguageDetection.of(LanguageCode.of("pt"), 1.0);

        assertThat(pt.describe(LanguageCode.EN)).isEqualTo("detected pt (confidence 1.00), expected en");
        assertThat(pt).hasToString("pt (confidence 1.00)");
        assertThat(LanguageDetection.UNKNOWN.describe(LanguageCode.FR)).isEqualTo("detected no language, expected fr");
    }
}
