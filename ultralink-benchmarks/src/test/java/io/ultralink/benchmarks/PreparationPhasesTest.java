package io.ultralink.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparationPhasesTest {

    private static final String[] SUBJECTS = {"The harbour", "A small museum", "The old bridge", "Every library",
        "The northern railway", "A quiet garden", "The city council", "Each winter market"};
    private static final String[] VERBS = {"welcomes", "describes", "connects", "supports", "remembers", "attracts"};
    private static final String[] OBJECTS = {"visitors from distant towns", "the history of local trade",
        "two busy districts", "students who study at night", "the fishermen of the bay",
        "families looking for a calm afternoon", "painters and musicians", "travellers on their way south"};

    @TempDir
    Path dir;

    @Test
    void readAndCleanCountsPagesArticlesAndCharacters() throws Exception {
        Path dump = writeDump();

        PreparationPhases.ReadAndClean read = PreparationPhases.readAndClean(dump, 2);

        assertThat(read.pages()).isEqualTo(3);
        assertThat(read.articles()).isEqualTo(1);
        assertThat(read.cleanChars()).isPositive().isLessThan(read.wikitextChars());
    }

    @Test
    void fullPreparationKeepsTheArticleAndItsDigestIsReproducible() throws Exception {
        Path dump = writeDump();

        PreparationPhases.Full first = PreparationPhases.full(dump, 2, "", true);
        PreparationPhases.Full second = PreparationPhases.full(dump, 1, "", true);

        assertThat(first.report().pagesRead()).isEqualTo(3);
        assertThat(first.report().pagesKept()).isEqualTo(1);
        assertThat(first.report().segmentsWritten()).isPositive();
        assertThat(first.report().tokensKept()).isBetween(1_000L, 10_000L);
        assertThat(first.outputBytes()).isPositive();
        assertThat(first.sha256()).matches("[0-9a-f]{64}").isEqualTo(second.sha256());
        assertThat(PreparationPhases.full(dump, 2, "", false).sha256()).isEmpty();
    }

    @Test
    void jmhStateRejectsAMissingDump() {
        PreparationJmh jmh = new PreparationJmh();
        jmh.dump = dir.resolve("absent.xml.bz2").toString();

        assertThatThrownBy(jmh::check).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent.xml.bz2").hasMessageContaining("-p dump=");
    }

    private Path writeDump() throws IOException {
        Path dump = dir.resolve("testwiki-bench.xml.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(dump));
                Writer xml = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            xml.write("<mediawiki>\n");
            xml.write(page(1, "Harbour Town", 0, "", article()));
            xml.write(page(2, "Harbor Town", 0, "<redirect title=\"Harbour Town\" />", "#REDIRECT [[Harbour Town]]"));
            xml.write(page(3, "Talk:Harbour Town", 1, "", "Should the bridge section be longer?"));
            xml.write("</mediawiki>\n");
        }
        return dump;
    }

    private static String page(int id, String title, int ns, String redirect, String text) {
        return "<page><title>" + title + "</title><ns>" + ns + "</ns><id>" + id + "</id>" + redirect
                + "<revision><id>" + (100 + id) + "</id><text xml:space=\"preserve\">" + text
                + "</text></revision></page>\n";
    }

    /** About 1,600 tokens of English in paragraphs, with a heading and a template the cleaner removes. */
    private static String article() {
        StringBuilder text = new StringBuilder("{{Infobox settlement|name=Harbour Town}}\n");
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            text.append("== Part ").append(paragraph + 1).append(" ==\n");
            for (int s = 0; s < 12; s++) {
                int k = paragraph * 12 + s;
                text.append(SUBJECTS[k % SUBJECTS.length]).append(' ').append(VERBS[(k / 3) % VERBS.length])
                        .append(' ').append(OBJECTS[(k * 5) % OBJECTS.length]).append(" in [[Harbour Town|the town]]. ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }
}
