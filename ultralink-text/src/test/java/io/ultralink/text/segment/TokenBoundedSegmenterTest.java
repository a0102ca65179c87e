package io.ultralink.text.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.segment.KnowledgeSegmenter;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.segment.SegmentationResult.Status;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.tokens.TokenCounter;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TokenBoundedSegmenterTest extends KnowledgeSegmenterContractTest {

    private static final TokenCounter COUNTER = JtokkitTokenCounter.cl100k();
    private static final SegmenterSettings SETTINGS = SegmenterSettings.defaults();
    private static final TokenBoundedSegmenter SEGMENTER = new TokenBoundedSegmenter(COUNTER, SETTINGS);

    @Override
    protected KnowledgeSegmenter segmenter() {
        return SEGMENTER;
    }

    @Override
    protected TokenCounter tokenCounter() {
        return COUNTER;
    }

    @Override
    protected SegmenterSettings settings() {
        return SETTINGS;
    }

    @Override
    protected Stream<Document> documents() {
        return Stream.concat(
                IntStream.of(5, 60, 90, 130, 200, 260, 400, 700, 1100, 1500).mapToObj(
                        n -> document(LanguageCode.EN, n, TextFixtures.english(n, n))),
                IntStream.of(10, 80, 150, 300, 520, 800).mapToObj(
                        n -> document(LanguageCode.ZH, 10_000 + n, TextFixtures.chinese(n, n))));
    }

    @Test
    void segment_longDocument_balancedTailNotShort() {
        Document doc = document(LanguageCode.EN, 7, TextFixtures.english(7, 500));
        SegmentationResult result = SEGMENTER.segment(doc);
        assertThat(result.status()).isEqualTo(Status.KEPT);
        assertThat(result.segments()).hasSizeGreaterThan(2);
        int first = result.segments().get(0).tokenCount();
        int last = result.segments().get(result.segments().size() - 1).tokenCount();
        assertThat(Math.abs(first - last)).isLessThan(300);
        assertThat(result.forcedSplits()).isZero();
    }

    @Test
    void segment_sentenceLongerThanMax_splitAndCounted() {
        String runOn = "and then the road went on, " .repeat(700) + "until it ended.";
        String text = TextFixtures.english(3, 40) + " " + runOn.substring(0, 1).toUpperCase() + runOn.substring(1)
                + " " + TextFixtures.english(4, 40);
        Document doc = document(LanguageCode.EN, 3, text);
        SegmentationResult result = SEGMENTER.segment(doc);
        assertThat(result.forcedSplits()).isEqualTo(1);
        assertContract(result, doc, COUNTER, SETTINGS);
    }

    @Test
    void segment_chineseSentenceWithoutPunctuation_splitIntoCharacterRuns() {
        String text = "长" .repeat(6_000) + "。" + TextFixtures.chinese(5, 60);
        Document doc = document(LanguageCode.ZH, 5, text);
        SegmentationResult result = SEGMENTER.segment(doc);
        assertThat(result.status()).isEqualTo(Status.KEPT);
        assertThat(result.forcedSplits()).isEqualTo(1);
        assertContract(result, doc, COUNTER, SETTINGS);
    }

    @Test
    void segment_isDeterministic() {
        Document doc = document(LanguageCode.EN, 9, TextFixtures.english(9, 600));
        assertThat(SEGMENTER.segment(doc)).isEqualTo(SEGMENTER.segment(doc));
    }

    @Test
    void settings_invalidBounds_rejectedWithNames() {
        assertThatThrownBy(() -> new SegmenterSettings(1_000, 10_000, 1_000, 1_500))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxSegmentTokens");
        assertThatThrownBy(() -> new SegmenterSettings(500, 10_000, 1_000, 2_000))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("minDocumentTokens");
    }
}
