package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.SharedData;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two-stage detection decides every real article of the shared minidumps as the full sample alone does. */
class QuickSampleRealDataTest {

    @Test
    void quickStage_agreesWithFullSample_onEveryRealArticle() throws IOException {
        List<String> texts = articles(SharedData.wikiDir());
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

    private static List<String> articles(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(dir, "*wiki-minidump.xml.bz2")) {
            for (Path dump : dumps) {
                try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
                    while (reader.hasNext()) {
                        WikiPage page = reader.next();
                        String text = WikitextCleaner.create().clean(page.wikitext());
                        if (PageFilter.create().check(page).isEmpty() && text.length() > 600) {
                            texts.add(text);
                        }
                    }
                }
            }
        }
        return texts;
    }
}
