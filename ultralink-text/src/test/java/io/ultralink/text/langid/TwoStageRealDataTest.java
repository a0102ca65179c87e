package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.wiki.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On every real article of the shared minidumps, the two-stage detection decides as the second stage alone does,
 * and the article's language wins most of its windows.
 */
class TwoStageRealDataTest {

    @Test
    void twoStages_agreeWithSecondStage_onEveryRealArticle() throws IOException {
        List<String> texts = SharedData.cleanedArticles().stream().map(SharedData.Article::text)
                .filter(text -> text.length() > 1_000).toList();
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        LinguaLanguageDetector twoStage = LinguaLanguageDetector.forPacks(packs.all());
        LinguaLanguageDetector secondOnly = LinguaLanguageDetector.builder().packs(packs.all()).quickWindowChars(0)
                .build();

        assertThat(texts).hasSizeGreaterThan(20);
        for (String text : texts) {
            LanguageDetection expected = secondOnly.detect(text);
            LanguageDetection detection = twoStage.detect(text);
            assertThat(detection.language()).as(text.substring(0, 80)).isEqualTo(expected.language());
            assertThat(expected.confidence()).as(text.substring(0, 80)).isGreaterThan(0.5);
        }
    }
}
