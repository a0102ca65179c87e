package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.sentence.SentenceSplitter;
import io.ultralink.text.wiki.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On every cleaned article of the shared minidumps (skipped when absent), the chunked counts of every
 * sentence and of the whole article equal jtokkit's {@code countTokensOrdinary}, for both encodings.
 */
class ExactCountingOnDumpsTest {

    private static final List<LanguageCode> LANGUAGES = new ArrayList<>();
    private static final List<String> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        for (SharedData.Article article : SharedData.cleanedArticles()) {
            LANGUAGES.add(article.language());
            ARTICLES.add(article.text());
        }
    }

    @Test
    void countTokens_everySentenceAndArticle_equalsJtokkit() {
        assertThat(ARTICLES).hasSizeGreaterThan(5);
        for (JtokkitTokenCounter counter : List.of(JtokkitTokenCounter.cl100k(), JtokkitTokenCounter.o200k())) {
            Encoding reference = Encodings.newLazyEncodingRegistry().getEncoding(counter.encodingName()).orElseThrow();
            int sentences = 0;
            for (int a = 0; a < ARTICLES.size(); a++) {
                String text = ARTICLES.get(a);
                assertThat(counter.countTokens(text)).isEqualTo(reference.countTokensOrdinary(text));
                int start = 0;
                for (int end : SentenceSplitter.forLanguage(LANGUAGES.get(a)).sentenceEnds(text)) {
                    int expected = reference.countTokensOrdinary(text.substring(start, end));
                    assertThat(counter.countTokens(text, start, end)).as("[%s]", text.substring(start, end))
                            .isEqualTo(expected);
                    start = end;
                    sentences++;
                }
            }
            assertThat(sentences).isGreaterThan(1_000);
        }
    }
}
