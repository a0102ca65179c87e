package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.wiki.SharedData;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-stage detection decides every real article of the shared minidumps as the full sample alone does. */
class QuickSampleRealDataTest {

    @Test
    void quickStage_agreesWithFullSample_onEveryRealArticle() throws IOException {
        List<String> texts = SharedData.cleanedArticles().stream().map(SharedData.Article::text)
                .filter(text -> text.length() > 600).toList();
        LanguagePacks packs = LanguagePacks.builder().addBuiltIn().build();
        LinguaLanguageDetector twoStage = LinguaLanguageDetector.forPacks(packs.all());
        LinguaLanguageDetector fullOnly = LinguaLanguageDetector.builder().packs(packs.all()).quickSample(0, 0)
                .build();

        assertThat(texts).hasSizeGreaterThan(20);
        for (String text : texts) {
            LanguageDetection expected = fullOnly.detect(text);
            assertThat(twoStage.detect(text).language()).as(text.substring(0, 80)).isEqualTo(expected.language());
        }
    }
}
