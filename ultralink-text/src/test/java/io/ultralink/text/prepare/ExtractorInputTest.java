package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.text.chinese.OpenCcScriptNormaliser;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.segment.TextFixtures;
import io.ultralink.text.wiki.DumpFixtures;
import io.ultralink.text.wiki.SharedData;
import io.ultralink.text.wiki.WikiExtractorReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** wikiextractor output as preparation input, alone and mixed with dumps. */
class ExtractorInputTest {

    private static final LanguagePacks PACKS = LanguagePacks.builder().addBuiltIn().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static String jsonLine(long id, String title, String text) {
        return JSON.writeValueAsString(Map.of("id", String.valueOf(id), "revid", String.valueOf(id * 10),
                "url", "https://en.wikipedia.org/wiki?curid=" + id, "title", title, "text", text)) + "\n";
    }

    private static Map<Long, String> joinedByPage(Path out) {
        return KnowledgePreparationTest.readSegments(out).stream().collect(Collectors.groupingBy(
                s -> s.source().pageId(), java.util.TreeMap::new,
                Collectors.mapping(Segment::text, Collectors.joining())));
    }

    @Test
    void run_jsonAndDocFilesWithADump_samePipelineWithoutCleaning() throws IOException {
        String article = TextFixtures.english(21, 300);
        Path json = dir.resolve("enwiki-extract.jsonl");
        Files.writeString(json, jsonLine(101, "Json article", article) + jsonLine(102, "Stub", "A stub.")
                + jsonLine(103, "Ville", "La ville possède un port ancien et de nombreux musées. ".repeat(200)));
        Path doc = dir.resolve("wiki_00");
        String wikitextLooking = "{{not a template}} " + TextFixtures.english(22, 300);
        Files.writeString(doc, "<doc id=\"201\" url=\"https://en.wikipedia.org/wiki?curid=201\" title=\"Doc article\">\n"
                + "Doc article\n" + wikitextLooking + "\n</doc>\n");
        Path dump = dir.resolve("enwiki-dump.xml");
        Files.writeString(dump, DumpFixtures.HEAD + DumpFixtures.page(301, "Dump article", 0, false,
                "{{Infobox|x=1}}" + TextFixtures.english(23, 300)) + DumpFixtures.TAIL);
        Path out = dir.resolve("segments.jsonl");

        PreparationReport report = KnowledgePreparation.builder().language(LanguageCode.EN).threads(2).build()
                .run(List.of(json, doc, dump), out);

        assertThat(report.pagesRead()).isEqualTo(5);
        assertThat(report.pagesKept()).isEqualTo(3);
        assertThat(report.dropped()).containsEntry(DropReason.TOO_SHORT, 1L)
                .containsEntry(DropReason.WRONG_LANGUAGE, 1L);
        Map<Long, String> joined = joinedByPage(out);
        assertThat(joined.keySet()).containsExactly(101L, 201L, 301L);
        assertThat(joined.get(101L)).isEqualTo(article);
        assertThat(joined.get(201L)).as("plain text is not cleaned again").isEqualTo(wikitextLooking);
        assertThat(joined.get(301L)).doesNotContain("Infobox");
        assertThat(KnowledgePreparationTest.readSegments(out)).filteredOn(s -> s.source().pageId() == 101)
                .allSatisfy(s -> {
                    assertThat(s.source().revisionId()).isEqualTo(1010);
                    assertThat(s.source().title()).isEqualTo("Json article");
                });
    }

    @Test
    void run_wikiextractorDirectory_readsItsFilesInOrder() throws IOException {
        Path root = dir.resolve("extracted");
        Files.createDirectories(root.resolve("AA"));
        Files.createDirectories(root.resolve("AB"));
        String first = TextFixtures.english(31, 300);
        String second = TextFixtures.english(32, 300);
        Files.writeString(root.resolve("AB/wiki_00"), jsonLine(2, "Second", second));
        Files.writeString(root.resolve("AA/wiki_00"), jsonLine(1, "First", first));
        Files.writeString(root.resolve("AA/.hidden"), "not an input");
        Path out = dir.resolve("dir.jsonl");

        PreparationReport report = KnowledgePreparation.builder().language(LanguageCode.EN).build()
                .run(List.of(root), out);

        assertThat(report.dumps()).hasSize(2).allSatisfy(d -> assertThat(d).endsWith("wiki_00"));
        assertThat(KnowledgePreparationTest.readSegments(out).get(0).source().pageId()).isEqualTo(1);
        assertThat(joinedByPage(out)).containsExactly(Map.entry(1L, first), Map.entry(2L, second));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ru", "fr", "es"})
    void run_realWikiextractorOutput_losslessAndNormalised(String lang) {
        Path input = SharedData.wikiDir().resolve("wikiextractor-output").resolve(lang + "wiki-minidump.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(input), "absent: " + input);
        Path out = dir.resolve(lang + ".jsonl");
        PreparationReport report = KnowledgePreparation.builder().packs(PACKS)
                .segmenterSettings(new SegmenterSettings(1_000, 200_000, 1_000, 2_000)).build()
                .run(List.of(input), out);
        System.out.println("extractor " + lang + ": read=" + report.pagesRead() + " kept=" + report.pagesKept()
                + " segments=" + report.segmentsWritten() + " dropped=" + report.dropped());

        LanguagePack pack = PACKS.get(LanguageCode.of(lang));
        Map<Long, Document> documents = new HashMap<>();
        try (WikiExtractorReader r = WikiExtractorReader.open(input, pack.code())) {
            r.forEachRemaining(d -> documents.put(d.pageId(), d));
        }
        assertThat(report.pagesRead()).isEqualTo(documents.size());
        assertThat(report.pagesKept()).isPositive();
        assertThat(report.dropped().get(DropReason.FAILED)).isZero();
        assertThat(report.dropped().get(DropReason.WRONG_LANGUAGE)).isZero();
        OpenCcScriptNormaliser normaliser = OpenCcScriptNormaliser.create();
        joinedByPage(out).forEach((id, text) -> assertThat(text)
                .isEqualTo(normaliser.normalise(documents.get(id).text(), pack.scriptConversion()))
                .isEqualTo(normaliser.normalise(text, pack.scriptConversion())));
    }
}
