package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.text.segment.TextFixtures;
import io.ultralink.text.wiki.DumpFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparationBoundsTest {

    @TempDir
    Path dir;

    @Test
    void run_pageOverThePageBound_isDroppedAndCountedTooLarge() throws IOException {
        String article = TextFixtures.english(11, 400);
        Path dump = dir.resolve("enwiki-bound.xml");
        Files.writeString(dump, DumpFixtures.HEAD
                + DumpFixtures.page(1, "Article", 0, false, article)
                + DumpFixtures.page(2, "Huge", 0, false, TextFixtures.english(12, 3_000))
                + DumpFixtures.page(3, "Another", 0, false, TextFixtures.english(13, 400))
                + DumpFixtures.TAIL);
        Path out = dir.resolve("segments.jsonl");

        PreparationReport report = KnowledgePreparation.builder().threads(2).maxPageBytes(100_000).build()
                .run(List.of(dump), out);

        assertThat(article.length()).isLessThan(100_000);
        assertThat(report.pagesRead()).isEqualTo(3);
        assertThat(report.pagesKept()).isEqualTo(2);
        assertThat(report.dropped()).containsEntry(DropReason.TOO_LARGE, 1L).containsEntry(DropReason.TOO_LONG, 0L);
        assertThat(KnowledgePreparationTest.readSegments(out)).extracting(s -> s.source().pageId())
                .containsOnly(1L, 3L);
        assertThat(report.failedInputs()).isEmpty();
    }

    @Test
    void run_dumpFailingPartWay_throwsWithTheReportOfWhatWasCounted_andKeepsTheSegments() throws IOException {
        Path dump = dir.resolve("enwiki-broken.xml");
        Files.writeString(dump, DumpFixtures.HEAD
                + DumpFixtures.page(1, "First", 0, false, TextFixtures.english(21, 400))
                + DumpFixtures.page(2, "Stub", 0, false, "A stub.")
                + DumpFixtures.page(3, "Third", 0, false, TextFixtures.english(23, 400))
                + "  <page>\n    <title>Broken</title>\n    <ns>0</ns><id>4</id></pag>\n" + DumpFixtures.TAIL);
        Path out = dir.resolve("broken/segments.jsonl");

        PreparationFailedException failure = (PreparationFailedException) org.assertj.core.api.Assertions
                .catchThrowable(() -> KnowledgePreparation.builder().threads(2).build().run(List.of(dump), out));

        assertThat(failure).isInstanceOf(InvalidInputException.class).hasMessageContaining("enwiki-broken.xml")
                .hasMessageContaining("malformed XML").hasMessageContaining("after page 3 'Third'");
        PreparationReport report = failure.report();
        assertThat(report.pagesRead()).isEqualTo(3);
        assertThat(report.pagesKept()).isEqualTo(2);
        assertThat(report.dropped()).containsEntry(DropReason.TOO_SHORT, 1L);
        assertThat(report.failedInputs()).singleElement().satisfies(f -> {
            assertThat(f.input()).isEqualTo(dump.toString());
            assertThat(f.pagesRead()).isEqualTo(3);
            assertThat(f.reason()).isEqualTo(failure.getMessage());
        });
        List<Segment> kept = KnowledgePreparationTest.readSegments(out);
        assertThat(kept).hasSize((int) report.segmentsWritten()).isNotEmpty();
        assertThat(kept).extracting(s -> s.source().pageId()).containsOnly(1L, 3L);
        assertThat(report.toJson()).contains("\"failedInputs\"", "enwiki-broken.xml");
    }

    @Test
    void run_failedDumpResumedAfterItsFix_noLongerListsTheFailure() throws IOException {
        Path dump = dir.resolve("enwiki-fixed.xml");
        String second = DumpFixtures.page(2, "Second", 0, false, TextFixtures.english(32, 400));
        String good = DumpFixtures.HEAD + DumpFixtures.page(1, "First", 0, false, TextFixtures.english(31, 400))
                + second + DumpFixtures.TAIL;
        Files.writeString(dump, good.replace("<title>Second</title>", "<title>Second</titel>"));
        Path out = dir.resolve("fixed.jsonl");
        assertThatThrownBy(() -> KnowledgePreparation.builder().checkpointEvery(1).build().run(List.of(dump), out))
                .isInstanceOf(PreparationFailedException.class)
                .satisfies(e -> assertThat(((PreparationFailedException) e).report().failedInputs()).hasSize(1));
        Files.writeString(dump, good);

        PreparationReport report = KnowledgePreparation.builder().checkpointEvery(1).build().run(List.of(dump), out);

        assertThat(report.failedInputs()).isEmpty();
        assertThat(report.pagesRead()).isEqualTo(2);
        assertThat(report.pagesKept()).isEqualTo(2);
    }

    @Test
    void run_extractorLineOverTheBound_isDroppedAndCountedTooLarge() throws IOException {
        Path json = dir.resolve("wiki_00.jsonl");
        Files.writeString(json, extracted(1, TextFixtures.english(41, 400)) + "\n"
                + extracted(2, TextFixtures.english(42, 3_000)) + "\n" + extracted(3, TextFixtures.english(43, 400))
                + "\n");

        PreparationReport report = KnowledgePreparation.builder().threads(2).language(LanguageCode.EN)
                .maxPageBytes(100_000).build().run(List.of(json), dir.resolve("extracted.jsonl"));

        assertThat(report.pagesRead()).isEqualTo(3);
        assertThat(report.pagesKept()).isEqualTo(2);
        assertThat(report.dropped()).containsEntry(DropReason.TOO_LARGE, 1L);
    }

    @Test
    void run_extractorLineNotUtf8_failsNamingFileAndLine_withTheReport() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((extracted(1, TextFixtures.english(51, 400)) + "\n" + extracted(2, "x") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"3\", \"url\": \"u\", \"title\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\", \"text\": \"y\"}\n".getBytes(StandardCharsets.UTF_8));
        Path json = dir.resolve("enwiki_00.jsonl");
        Files.write(json, bytes.toByteArray());

        assertThatThrownBy(() -> KnowledgePreparation.builder().build().run(List.of(json), dir.resolve("s.jsonl")))
                .isInstanceOf(PreparationFailedException.class).hasMessageContaining(json + ":3:")
                .hasMessageContaining("not valid UTF-8")
                .satisfies(e -> assertThat(((PreparationFailedException) e).report().pagesRead()).isEqualTo(2));
    }

    private static String extracted(long id, String text) {
        return "{\"id\": \"" + id + "\", \"revid\": \"" + id * 10 + "\", \"url\": \"https://en.wikipedia.org/wiki?curid="
                + id + "\", \"title\": \"Page " + id + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}";
    }
}
