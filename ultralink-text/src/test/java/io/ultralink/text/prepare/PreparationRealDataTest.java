package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.segment.SegmentationResult;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.segment.KnowledgeSegmenterContractTest;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.segment.TokenBoundedSegmenter;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.SharedData;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline and the segmenter on the real minidumps (skipped when ../shared/data is absent). */
class PreparationRealDataTest {

    private static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    private static final JtokkitTokenCounter COUNTER = JtokkitTokenCounter.cl100k();

    @TempDir
    Path dir;

    private static Map<Long, WikiPage> articles(Path dump) {
        Map<Long, WikiPage> pages = new HashMap<>();
        try (WikiDumpReader r = WikiDumpReader.open(dump)) {
            r.forEachRemaining(p -> {
                if (PageFilter.create().check(p).isEmpty()) {
                    pages.put(p.id(), p);
                }
            });
        }
        return pages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ru", "fr", "es"})
    void run_minidump_segmentsAreLosslessBoundedAndNormalised(String lang) {
        Path dump = SharedData.wikiDir().resolve(lang + "wiki-minidump.xml.bz2");
        Path out = dir.resolve(lang + ".jsonl");
        PreparationReport report = KnowledgePreparation.builder().packs(PACKS)
                .segmenterSettings(new SegmenterSettings(1_000, 200_000, 1_000, 2_000)).build()
                .run(List.of(dump), out);
        System.out.println("prepare " + lang + ": read=" + report.pagesRead() + " kept=" + report.pagesKept()
                + " segments=" + report.segmentsWritten() + " dropped=" + report.dropped()
                + " wrongLanguage=" + report.wrongLanguageExamples());
        assertThat(report.pagesRead()).isPositive();
        assertThat(report.pagesKept()).isPositive();
        assertThat(report.dropped().get(DropReason.FAILED)).isZero();
        assertThat(report.dropped().get(DropReason.WRONG_LANGUAGE)).isZero();

        LanguagePack pack = PACKS.get(LanguageCode.of(lang));
        Map<Long, WikiPage> articles = articles(dump);
        Map<Long, List<Segment>> byPage = KnowledgePreparationTest.readSegments(out).stream()
                .collect(Collectors.groupingBy(s -> s.source().pageId()));
        assertThat(byPage).hasSize((int) report.pagesKept());
        byPage.forEach((id, segments) -> {
            String expected = OpenCcScriptNormaliser.create().normalise(
                    WikitextCleaner.droppingSections(pack.referenceSections()).clean(articles.get(id).wikitext()),
                    pack.scriptConversion());
            assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(expected);
            assertThat(segments).allSatisfy(s -> assertThat(s.tokenCount()).isBetween(1_000, 2_000)
                    .isEqualTo(COUNTER.countTokens(s.text())));
            assertThat(segments).allSatisfy(s -> assertThat(OpenCcScriptNormaliser.create()
                    .normalise(s.text(), pack.scriptConversion())).isEqualTo(s.text()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ru", "fr", "es", "de"})
    void segmenter_everyRealArticle_keepsContractWithSmallBounds(String lang) {
        SegmenterSettings small = new SegmenterSettings(150, 1_000_000, 150, 400);
        TokenBoundedSegmenter segmenter = new TokenBoundedSegmenter(COUNTER, small);
        for (WikiPage page : articles(SharedData.wikiDir().resolve(lang + "wiki-minidump.xml.bz2")).values()) {
            Document doc = page.toDocument(LanguageCode.of(lang), WikitextCleaner.create().clean(page.wikitext()));
            SegmentationResult result = segmenter.segment(doc);
            KnowledgeSegmenterContractTest.assertContract(result, doc, COUNTER, small);
        }
    }
}
