package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the real minidumps in ../shared/data/wiki and compares the cleaner with wikiextractor's output. */
class WikiRealDataTest {

    static List<WikiPage> readAll(Path dump) {
        List<WikiPage> pages = new ArrayList<>();
        try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
            reader.forEachRemaining(pages::add);
        }
        return pages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "ru", "fr", "es", "de"})
    void minidump_everyLanguage_yieldsArticles_andCleanerAgreesWithWikiextractor(String lang) throws IOException {
        Path dir = SharedData.wikiDir();
        Path dump = dir.resolve(lang + "wiki-minidump.xml.bz2");
        List<WikiPage> pages = readAll(dump);
        List<WikiPage> articles = pages.stream().filter(p -> PageFilter.create().check(p).isEmpty()).toList();
        assertThat(articles).isNotEmpty();

        Map<Long, Document> reference = new HashMap<>();
        Path jsonl = dir.resolve("wikiextractor-output").resolve(lang + "wiki-minidump.jsonl");
        try (WikiExtractorReader r = WikiExtractorReader.open(jsonl, LanguageCode.of(lang))) {
            r.forEachRemaining(d -> reference.put(d.pageId(), d));
        }
        long overlap = 0;
        long candidate = 0;
        long ref = 0;
        long[] noLists = new long[3];
        for (WikiPage page : articles) {
            Document d = reference.get(page.id());
            if (d == null || d.text().isBlank()) {
                continue;
            }
            String cleaned = WikitextCleaner.create().clean(page.wikitext());
            assertThat(WikitextCleaner.create().clean(page.wikitext())).isEqualTo(cleaned);
            long[] c = TokenF1.counts(cleaned, d.text());
            long[] n = TokenF1.counts(WikitextCleaner.create().clean(withoutListItems(page.wikitext())), d.text());
            for (int i = 0; i < 3; i++) {
                noLists[i] += n[i];
            }
            overlap += c[0];
            candidate += c[1];
            ref += c[2];
        }
        double f1 = TokenF1.f1(overlap, candidate, ref);
        System.out.printf("cleaner-vs-wikiextractor %s: articles=%d P=%.3f R=%.3f F1=%.3f"
                + " (list items left out as wikiextractor does: F1=%.3f)%n", lang, articles.size(),
                (double) overlap / candidate, (double) overlap / ref, f1,
                TokenF1.f1(noLists[0], noLists[1], noLists[2]));
        assertThat(TokenF1.f1(noLists[0], noLists[1], noLists[2])).isGreaterThan(0.95);
        assertThat(f1).isGreaterThan(0.7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tinywiki-pages-articles.xml"})
    void plainXml_reads(String name) {
        List<WikiPage> pages = readAll(SharedData.wikiDir().resolve(name));
        assertThat(pages).isNotEmpty();
        assertThat(pages).anyMatch(p -> PageFilter.create().check(p).isPresent());
    }

    /** Wikiextractor drops list items by default; removing them first shows what the rest agrees on. */
    private static String withoutListItems(String wikitext) {
        return wikitext.replaceAll("(?m)^[*#][^\\n]*$", "");
    }

    static Stream<Path> dumps() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.wikiDir())) {
            return s.filter(p -> p.toString().endsWith(".bz2") || p.toString().endsWith(".xml")).toList().stream();
        }
    }
}
