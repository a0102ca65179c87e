package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiDumpReaderTest {

    /** These tests exercise the Java decoders unless they choose the external one. */
    @BeforeEach
    void useJavaDecoder() {
        System.setProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY, "java");
    }

    @AfterEach
    void restoreDefault() {
        System.clearProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY);
    }

    @TempDir
    Path dir;

    private static List<WikiPage> readAll(Path file) {
        return readAll(file, 2);
    }

    private static List<WikiPage> readAll(Path file, int threads) {
        try (WikiDumpReader reader = WikiDumpReader.open(file, threads)) {
            return reader.stream().toList();
        }
    }

    @Test
    void open_plainXml_yieldsPagesWithIdsRevisionNamespaceRedirect() throws IOException {
        List<WikiPage> pages = readAll(DumpFixtures.writeXml(dir, DumpFixtures.pages(10)));
        assertThat(pages).hasSize(10);
        WikiPage first = pages.get(0);
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.revisionId()).isEqualTo(10);
        assertThat(first.title()).isEqualTo("Page 1");
        assertThat(first.wikitext()).startsWith("'''Page 1''' is about [[topic 1]] & more ");
        assertThat(pages.get(4).namespace()).isEqualTo(1);
        assertThat(pages.get(6).redirect()).isTrue();
        assertThat(pages.get(5).redirect()).isFalse();
    }

    @Test
    void articles_keepNamespaceZeroNonRedirectPages_cleanedInDumpOrder() throws IOException {
        Path xml = DumpFixtures.writeXml(dir, DumpFixtures.pages(10));
        List<WikiPage> pages = readAll(xml);
        List<Document> articles;
        try (WikiDumpReader reader = WikiDumpReader.open(xml)) {
            articles = reader.articles(LanguageCode.EN).toList();
        }

        List<WikiPage> kept = pages.stream().filter(p -> p.namespace() == 0 && !p.redirect()).toList();
        assertThat(kept).hasSizeLessThan(pages.size());
        assertThat(articles).extracting(Document::pageId).containsExactlyElementsOf(
                kept.stream().map(WikiPage::id).toList());
        assertThat(articles).extracting(Document::language).containsOnly(LanguageCode.EN);
        assertThat(articles.get(0).text()).isEqualTo(WikitextCleaner.create().clean(kept.get(0).wikitext()))
                .startsWith("Page 1 is about topic 1 & more");
    }

    @Test
    void open_bz2AndMultistream_yieldTheSamePagesInOrder() throws IOException {
        List<String> fixture = DumpFixtures.pages(57);
        List<WikiPage> plain = readAll(DumpFixtures.writeXml(dir, fixture));
        Path multi = DumpFixtures.writeMultistream(dir, fixture, 5);
        assertThat(WikiDumpReader.indexOf(multi)).isPresent();
        assertThat(readAll(DumpFixtures.writeBz2(dir, fixture))).isEqualTo(plain);
        assertThat(readAll(multi)).isEqualTo(plain);
    }

    @Test
    void open_multiBlockBz2_parallelAndSequentialAgree() throws IOException {
        List<String> fixture = DumpFixtures.pages(12_000);
        List<WikiPage> plain = readAll(DumpFixtures.writeXml(dir, fixture));
        Path bz2 = DumpFixtures.writeBz2(dir, fixture);
        try (WikiDumpReader sequential = WikiDumpReader.open(bz2, 1);
                WikiDumpReader parallel = WikiDumpReader.open(bz2, 3)) {
            assertThat(sequential.stream().toList()).isEqualTo(plain);
            assertThat(parallel.stream().toList()).isEqualTo(plain);
        }
    }

    @Test
    void decompressor_nicenessProperty_zeroTurnsNiceOffAndBadValuesAreNamed() {
        try {
            System.setProperty(WikiDumpReader.BZIP2_NICENESS_PROPERTY, "0");
            assertThat(WikiDumpReader.decompressor("bzip2")).containsExactly("bzip2");
            System.setProperty(WikiDumpReader.BZIP2_NICENESS_PROPERTY, "high");
            assertThatThrownBy(() -> WikiDumpReader.decompressor("bzip2"))
                    .isInstanceOf(io.ultralink.error.ConfigurationException.class)
                    .hasMessageContaining(WikiDumpReader.BZIP2_NICENESS_PROPERTY).hasMessageContaining("'high'");
            System.clearProperty(WikiDumpReader.BZIP2_NICENESS_PROPERTY);
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    io.ultralink.text.wiki.internal.ExternalBzip2InputStream.onPath("nice").isPresent(), "no nice");
            assertThat(WikiDumpReader.decompressor("bzip2")).endsWith("-n", "10", "bzip2").hasSize(4);
        } finally {
            System.clearProperty(WikiDumpReader.BZIP2_NICENESS_PROPERTY);
        }
    }

    /** One thread: a single {@code bzip2 -dc FILE} (several threads: see ParallelExternalBzip2Test). */
    @Test
    void open_externalDecompressor_sameResultAndErrorsNameOffsetAndPage() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                io.ultralink.text.wiki.internal.ExternalBzip2InputStream.onPath("bzip2").isPresent(), "no bzip2");
        List<String> fixture = DumpFixtures.pages(12_000);
        List<WikiPage> plain = readAll(DumpFixtures.writeXml(dir, fixture));
        Path bz2 = DumpFixtures.writeBz2(dir, fixture);
        byte[] bytes = Files.readAllBytes(bz2);
        Path truncated = dir.resolve("cut.xml.bz2");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path corrupt = dir.resolve("bad.xml.bz2");
        byte[] damaged = bytes.clone();
        for (int i = 100; i < 140; i++) {
            damaged[i] ^= 0x5A;
        }
        Files.write(corrupt, damaged);
        System.setProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY, "auto");
        try {
            assertThat(readAll(bz2, 1)).isEqualTo(plain);
            assertThatThrownBy(() -> readAll(truncated, 1)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cut.xml.bz2").hasMessageContaining("exited with status")
                    .hasMessageContaining("byte offset").hasMessageContaining("after page");
            assertThatThrownBy(() -> readAll(corrupt, 1)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("bad.xml.bz2").hasMessageContaining("byte offset");
        } finally {
            useJavaDecoder();
        }
    }

    @Test
    void open_concatenatedBz2Streams_readAsOne() throws IOException {
        List<String> fixture = DumpFixtures.pages(40);
        byte[] first = DumpFixtures.bzip2(DumpFixtures.HEAD + String.join("", fixture.subList(0, 20)));
        byte[] second = DumpFixtures.bzip2(String.join("", fixture.subList(20, 40)) + DumpFixtures.TAIL);
        Path file = dir.resolve("concat.xml.bz2");
        Files.write(file, first);
        Files.write(file, second, java.nio.file.StandardOpenOption.APPEND);
        assertThat(readAll(file)).hasSize(40);
        try (WikiDumpReader sequential = WikiDumpReader.open(file, 1)) {
            assertThat(sequential.stream().count()).isEqualTo(40);
        }
    }

    @Test
    void open_truncatedBz2_failsNamingFileOffsetAndLastPage() throws IOException {
        Path bz2 = DumpFixtures.writeBz2(dir, DumpFixtures.pages(12_000));
        byte[] bytes = Files.readAllBytes(bz2);
        Path truncated = dir.resolve("truncated.xml.bz2");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        for (int threads : new int[] {1, 2}) {
            try (WikiDumpReader reader = WikiDumpReader.open(truncated, threads)) {
            assertThatThrownBy(() -> reader.forEachRemaining(p -> { }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("truncated.xml.bz2")
                    .hasMessageContaining("byte offset")
                    .hasMessageContaining("after page");
            }
        }
    }

    @Test
    void open_corruptBz2_failsWithClearError() throws IOException {
        Path bz2 = DumpFixtures.writeBz2(dir, DumpFixtures.pages(50));
        byte[] bytes = Files.readAllBytes(bz2);
        for (int i = 100; i < 140; i++) {
            bytes[i] ^= 0x5A;
        }
        Path corrupt = dir.resolve("corrupt.xml.bz2");
        Files.write(corrupt, bytes);
        assertThatThrownBy(() -> readAll(corrupt)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("corrupt.xml.bz2").hasMessageContaining("byte offset");
        assertThatThrownBy(() -> {
            try (WikiDumpReader r = WikiDumpReader.open(corrupt, 1)) {
                r.forEachRemaining(p -> { });
            }
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("byte offset");
    }

    @Test
    void open_malformedXml_failsNamingLineAndLastPage() throws IOException {
        Path xml = dir.resolve("bad.xml");
        Files.writeString(xml, DumpFixtures.HEAD + DumpFixtures.page(1, "Good", 0, false, "fine")
                + "  <page><title>Bad</title><ns>0</ns><id>2</id><revision><text>x</revision></page>\n"
                + DumpFixtures.TAIL);
        assertThatThrownBy(() -> readAll(xml)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.xml:").hasMessageContaining("after page 1 'Good'");
    }

    @Test
    void open_missingFile_failsNamingIt() {
        Path missing = dir.resolve("missing.xml.bz2");
        assertThatThrownBy(() -> WikiDumpReader.open(missing)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing.xml.bz2");
    }
}
