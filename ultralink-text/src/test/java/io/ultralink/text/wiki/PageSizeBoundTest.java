package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSizeBoundTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void open_pageOf5MbWithBoundOf1Mb_isMarkedTooLargeWithoutText_andTheNextPageIsRead() throws IOException {
        String big = "Un [[lien]] &amp; du texte accentué, ".repeat(5 * MB / 38 + 1);
        Path dump = DumpFixtures.writeXml(dir, List.of(DumpFixtures.page(1, "Before", 0, false, "Small text."),
                DumpFixtures.page(2, "Huge", 0, false, big), DumpFixtures.page(3, "After", 0, false, "More text.")));

        List<WikiPage> pages = read(dump, MB);

        assertThat(pages).extracting(WikiPage::id).containsExactly(1L, 2L, 3L);
        assertThat(pages).extracting(WikiPage::tooLarge).containsExactly(false, true, false);
        assertThat(pages.get(1).wikitext()).isEmpty();
        assertThat(pages.get(1).title()).isEqualTo("Huge");
        assertThat(pages.get(1).revisionId()).isEqualTo(20);
        assertThat(pages.get(2).wikitext()).isEqualTo("More text.");
    }

    @Test
    void open_textInManyPieces_isReassembledExactly() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("Ligne ").append(i).append(" : « café » & <b>gras</b> 漢字 \uD83D\uDE00\n");
        }
        String escaped = text.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Path dump = DumpFixtures.writeXml(dir, List.of(DumpFixtures.page(1, "Long", 0, false,
                "<![CDATA[start]]>" + escaped)));

        List<WikiPage> pages = read(dump, WikiDumpReader.DEFAULT_MAX_TEXT_BYTES);

        assertThat(pages.get(0).tooLarge()).isFalse();
        assertThat(pages.get(0).wikitext()).isEqualTo("start" + text);
    }

    @Test
    void open_boundCountsUtf8Bytes_notCharacters() throws IOException {
        String text = "é".repeat(400_000);
        Path dump = DumpFixtures.writeXml(dir, List.of(DumpFixtures.page(1, "Accents", 0, false, text)));

        assertThat(read(dump, 800_000).get(0).wikitext()).isEqualTo(text);
        assertThat(read(dump, 799_999).get(0).tooLarge()).isTrue();
        assertThat(read(dump, 400_000).get(0).tooLarge()).isTrue();
    }

    @Test
    void open_pageOf48MbInA32MbHeap_isReadPastWithTheBound_andCannotBeReadWhole() throws Exception {
        Path dump = dir.resolve("big.xml");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(DumpFixtures.HEAD);
            w.write(DumpFixtures.page(1, "Small", 0, false, "Small text."));
            w.write("  <page>\n    <title>Huge</title>\n    <ns>0</ns>\n    <id>2</id>\n    <revision>\n"
                    + "      <id>20</id>\n      <text xml:space=\"preserve\">");
            String line = "Une ligne de texte &amp; un [[lien]] vers ailleurs.\n";
            for (long written = 0; written < 48L * MB; written += line.length()) {
                w.write(line);
            }
            w.write("</text>\n    </revision>\n  </page>\n");
            w.write(DumpFixtures.page(3, "After", 0, false, "After text."));
            w.write(DumpFixtures.TAIL);
        }

        Result bounded = child(dump, MB);
        Result whole = child(dump, 256L * MB);

        assertThat(bounded.exit).as(bounded.output).isZero();
        assertThat(bounded.output).contains("pages=3 tooLarge=1 chars=" + ("Small text.".length() + "After text.".length()));
        assertThat(whole.exit).as("reading the page whole must not fit in the child's heap").isNotZero();
        assertThat(whole.output).contains("OutOfMemoryError");
    }

    private record Result(int exit, String output) {
    }

    private Result child(Path dump, long bound) throws Exception {
        Path log = dir.resolve("child-" + bound + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), BoundedReadChild.class.getName(),
                dump.toString(), Long.toString(bound)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child did not finish: " + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    private static List<WikiPage> read(Path dump, long bound) {
        List<WikiPage> pages = new ArrayList<>();
        try (WikiDumpReader reader = WikiDumpReader.open(dump, 1, bound)) {
            reader.forEachRemaining(pages::add);
        }
        return pages;
    }
}
