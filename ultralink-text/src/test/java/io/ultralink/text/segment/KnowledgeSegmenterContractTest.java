package io.ultralink.text.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.segment.KnowledgeSegmenter;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.segment.SegmentationResult.Status;
import io.ultralink.tokens.TokenCounter;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link KnowledgeSegmenter} keeps: a kept document's segments are consecutive, start at 0,
 * concatenate to its text exactly, are numbered from 0, carry the document's provenance and their own token
 * count within bounds; dropped documents have no segments. Subclasses supply the segmenter, its bounds and
 * the documents to check (use {@link #assertContract} on real data too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KnowledgeSegmenterContractTest {

    /** The segmenter under test. */
    protected abstract KnowledgeSegmenter segmenter();

    /** The token counter the segmenter's counts can be checked with. */
    protected abstract TokenCounter tokenCounter();

    /** The bounds the segmenter was built with. */
    protected abstract SegmenterSettings settings();

    /** Documents to check; should include kept, too-short and too-long ones. */
    protected abstract Stream<Document> documents();

    @ParameterizedTest
    @MethodSource("documents")
    void segment_anyDocument_keepsContract(Document document) {
        assertContract(segmenter().segment(document), document, tokenCounter(), settings());
    }

    /** Checks the contract for one document's result. */
    public static void assertContract(SegmentationResult result, Document document, TokenCounter counter,
            SegmenterSettings settings) {
        if (result.status() != Status.KEPT) {
            assertThat(result.segments()).isEmpty();
            if (result.status() == Status.TOO_SHORT) {
                assertThat(result.documentTokens()).isLessThan(settings.minDocumentTokens());
            } else {
                assertThat(result.documentTokens()).isGreaterThan(settings.maxDocumentTokens());
            }
            return;
        }
        assertThat(result.documentTokens()).isBetween(settings.minDocumentTokens(), settings.maxDocumentTokens());
        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (int i = 0; i < result.segments().size(); i++) {
            Segment s = result.segments().get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.start()).isEqualTo(expectedStart);
            assertThat(s.source()).isEqualTo(document.source());
            assertThat(s.text()).isEqualTo(document.text().substring(s.start(), s.end()));
            assertThat(s.tokenCount()).as("tokens of %s", s).isEqualTo(counter.countTokens(s.text()))
                    .isBetween(settings.minSegmentTokens(), settings.maxSegmentTokens());
            joined.append(s.text());
            expectedStart = s.end();
        }
        assertThat(joined.toString()).isEqualTo(document.text());
    }

    /** A document with the given text for tests. */
    protected static Document document(LanguageCode language, long id, String text) {
        return new Document(id, 1, "Doc " + id, "https://example.org/" + id, language, text);
    }
}
