package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.ConfigurationException;
import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.language.ScriptConversion;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.segment.TextFixtures;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.wiki.DumpFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgePreparationTest {

    private static final String FRENCH = "La ville possède un port ancien et de nombreux musées. ".repeat(200);
    private static final String[] TRADITIONAL = {"臺灣的歷史", "語言學習", "這座城市", "經濟發展", "鐵路運輸",
        "傳統節日", "國際機場", "圖書館", "開放時間", "許多遊客"};

    @TempDir
    Path dir;

    static List<Segment> readSegments(Path file) {
        List<Segment> segments = new ArrayList<>();
        try (JsonlReader<Segment> r = SegmentJsonl.open(file, BadLinePolicy.FAIL)) {
            r.forEachRemaining(segments::add);
        }
        return segments;
    }

    private static String traditionalText(int sentences) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(TRADITIONAL[r.nextInt(TRADITIONAL.length)]).append('，')
                    .append(TRADITIONAL[r.nextInt(TRADITIONAL.length)]).append(TRADITIONAL[r.nextInt(TRADITIONAL.length)])
                    .append("。");
            if (i % 12 == 11) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void run_mixedPages_writesSegmentsAndCountsEveryDropReason() throws IOException {
        String article = TextFixtures.english(11, 400);
        Path dump = dir.resolve("enwiki-test.xml");
        Files.writeString(dump, DumpFixtures.HEAD
                + DumpFixtures.page(1, "Long article", 0, false, "{{Infobox|x=1}}'''Long''' " + article
                        + "\n[[Category:Things]]")
                + DumpFixtures.page(2, "Short", 0, false, "A stub.")
                + DumpFixtures.page(3, "Elsewhere", 0, true, "#REDIRECT [[Long article]]")
                + DumpFixtures.page(4, "Talk:Long article", 1, false, article)
                + DumpFixtures.page(5, "Thing (disambiguation)", 0, false, "Thing may mean many things.")
                + DumpFixtures.page(6, "Ville", 0, false, FRENCH)
                + DumpFixtures.page(7, "Huge", 0, false, TextFixtures.english(12, 4000))
                + DumpFixtures.TAIL);
        Path out = dir.resolve("out/segments.jsonl");

        PreparationReport report = KnowledgePreparation.builder().threads(2).build().run(List.of(dump), out);

        assertThat(report.pagesRead()).isEqualTo(7);
        assertThat(report.pagesKept()).isEqualTo(1);
        assertThat(report.dropped()).containsEntry(DropReason.TOO_SHORT, 1L).containsEntry(DropReason.REDIRECT, 1L)
                .containsEntry(DropReason.NAMESPACE, 1L).containsEntry(DropReason.DISAMBIGUATION, 1L)
                .containsEntry(DropReason.WRONG_LANGUAGE, 1L).containsEntry(DropReason.TOO_LONG, 1L)
                .containsEntry(DropReason.FAILED, 0L);
        assertThat(report.wrongLanguageByDetected()).containsEntry("fr", 1L);
        assertThat(report.wrongLanguageExamples()).singleElement()
                .satisfies(w -> assertThat(w.confidence()).isGreaterThan(0.5))
                .satisfies(w -> assertThat(w.expected()).isEqualTo("en"));
        List<Segment> segments = readSegments(out);
        assertThat(segments).hasSize((int) report.segmentsWritten()).hasSizeGreaterThan(1);
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.source().pageId()).isEqualTo(1);
            assertThat(s.source().revisionId()).isEqualTo(10);
            assertThat(s.source().url()).isEqualTo("https://en.wikipedia.org/wiki?curid=1");
            assertThat(s.tokenCount()).isBetween(1_000, 2_000);
        });
        String joined = String.join("", segments.stream().map(Segment::text).toList());
        assertThat(joined).startsWith("Long ").doesNotContain("Infobox", "Category");
        assertThat(report.toJson()).contains("\"pagesRead\"", "\"WRONG_LANGUAGE\"", "\"tokenEncoding\" : \"cl100k_base\"");
    }

    @Test
    void run_knownLanguage_checksLengthBeforeLanguage_detectionFromDetectionChecksLanguageFirst() throws IOException {
        String shortFrench = "La ville possède un port ancien et de nombreux musées. ".repeat(30);
        Path dump = dir.resolve("enwiki-order.xml");
        Files.writeString(dump, DumpFixtures.HEAD
                + DumpFixtures.page(1, "Long article", 0, false, TextFixtures.english(11, 400))
                + DumpFixtures.page(2, "Petite ville", 0, false, shortFrench)
                + DumpFixtures.page(3, "Ville", 0, false, FRENCH)
                + DumpFixtures.TAIL);
        List<String> known = new ArrayList<>();
        PreparationReport byName = KnowledgePreparation.builder().threads(1).languageDetector(recording(known))
                .build().run(List.of(dump), dir.resolve("by-name.jsonl"));
        List<String> detected = new ArrayList<>();
        PreparationReport byDetection = KnowledgePreparation.builder().threads(1).languageFromDetection(true)
                .languageDetector(recording(detected)).build().run(List.of(dump), dir.resolve("by-detection.jsonl"));

        assertThat(shortFrench.length()).isGreaterThan(1_000);
        assertThat(byName.dropped()).containsEntry(DropReason.TOO_SHORT, 1L).containsEntry(DropReason.WRONG_LANGUAGE, 1L);
        assertThat(known).hasSize(2).noneMatch(t -> t.strip().equals(shortFrench.strip()));
        assertThat(byDetection.pagesKept()).isEqualTo(2);
        assertThat(byDetection.dropped()).containsEntry(DropReason.TOO_SHORT, 1L);
        assertThat(detected).hasSize(3).anyMatch(t -> t.strip().equals(shortFrench.strip()));
        assertThat(Files.readString(dir.resolve("by-detection.jsonl")))
                .startsWith(Files.readString(dir.resolve("by-name.jsonl")));
    }

    /** Lingua for the default packs, recording every text it is asked about. */
    private static io.ultralink.language.LanguageDetector recording(List<String> texts) {
        io.ultralink.language.LanguageDetector lingua =
                io.ultralink.text.langid.LinguaLanguageDetector.forPacks(io.ultralink.language.LanguagePacks.load().all());
        return text -> {
            synchronized (texts) {
                texts.add(text);
            }
            return lingua.detect(text);
        };
    }

    @Test
    void run_chineseDump_outputIsSimplified() throws IOException {
        Path dump = dir.resolve("zhwiki-test.xml");
        Files.writeString(dump, DumpFixtures.HEAD + DumpFixtures.page(3, "臺灣", 0, false,
                "-{zh-hans:台湾; zh-hant:臺灣}-" + traditionalText(220)) + DumpFixtures.TAIL);
        Path out = dir.resolve("zh.jsonl");
        PreparationReport report = KnowledgePreparation.builder().build().run(List.of(dump), out);
        assertThat(report.pagesKept()).isEqualTo(1);
        List<Segment> segments = readSegments(out);
        assertThat(segments).isNotEmpty().allSatisfy(s -> {
            assertThat(s.source().language()).isEqualTo(LanguageCode.ZH);
            assertThat(OpenCcScriptNormaliser.create().normalise(s.text(), ScriptConversion.T2S)).isEqualTo(s.text());
        });
        assertThat(segments.get(0).text()).startsWith("台湾台湾的历史").doesNotContain("臺", "歷");
    }

    @Test
    void run_corruptSecondDump_keepsFirstDumpSegmentsAndNamesFile() throws IOException {
        Path good = dir.resolve("enwiki-good.xml");
        Files.writeString(good, DumpFixtures.HEAD + DumpFixtures.page(1, "Long", 0, false,
                TextFixtures.english(5, 300)) + DumpFixtures.TAIL);
        byte[] bz2 = DumpFixtures.bzip2(DumpFixtures.HEAD + DumpFixtures.page(2, "Other", 0, false,
                TextFixtures.english(6, 300)) + DumpFixtures.TAIL);
        Path bad = dir.resolve("enwiki-bad.xml.bz2");
        Files.write(bad, Arrays.copyOf(bz2, bz2.length / 2));
        Path out = dir.resolve("seg.jsonl");
        KnowledgePreparation strict = KnowledgePreparation.builder().build();

        assertThatThrownBy(() -> strict.run(List.of(good, bad), out)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("enwiki-bad.xml.bz2");
        long kept = readSegments(out).size();
        assertThat(kept).isPositive();

        Path out2 = dir.resolve("seg2.jsonl");
        PreparationReport report = KnowledgePreparation.builder().continueOnError(true).build()
                .run(List.of(bad, good), out2);
        assertThat(report.errors()).singleElement().asString().contains("enwiki-bad.xml.bz2");
        assertThat(readSegments(out2)).hasSize((int) kept);
    }

    @Test
    void run_unknownLanguageName_failsBeforeWriting() throws IOException {
        Path dump = DumpFixtures.writeXml(dir, DumpFixtures.pages(2));
        Path out = dir.resolve("never.jsonl");
        assertThatThrownBy(() -> KnowledgePreparation.builder().build().run(List.of(dump), out))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("test.xml");
        assertThat(out).doesNotExist();
        assertThat(KnowledgePreparation.builder().language(LanguageCode.EN)
                .tokenCounter(JtokkitTokenCounter.o200k()).build().run(List.of(dump), out).pagesRead()).isEqualTo(2);
    }
}
