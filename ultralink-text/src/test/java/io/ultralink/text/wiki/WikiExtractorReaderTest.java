package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiExtractorReaderTest {

    @TempDir
    Path dir;

    private static List<Document> readAll(Path file) {
        List<Document> docs = new ArrayList<>();
        try (WikiExtractorReader r = WikiExtractorReader.open(file, LanguageCode.FR)) {
            r.forEachRemaining(docs::add);
        }
        return docs;
    }

    @Test
    void open_jsonAndDocFormats_giveTheSameDocuments() throws IOException {
        Path json = dir.resolve("wiki_00.jsonl");
        Files.writeString(json, "{\"id\": \"12\", \"revid\": \"34\", \"url\": \"https://fr.wikipedia.org/wiki?curid=12\","
                + " \"title\": \"Tom &amp; Jerry\", \"text\": \"Un dessin animé.\\nDeux lignes.\"}\n\n");
        Path doc = dir.resolve("wiki_00");
        Files.writeString(doc, "<doc id=\"12\" revid=\"34\" url=\"https://fr.wikipedia.org/wiki?curid=12\" "
                + "title=\"Tom &amp; Jerry\">\nTom & Jerry\nUn dessin animé.\nDeux lignes.\n</doc>\n");
        List<Document> fromJson = readAll(json);
        assertThat(fromJson).hasSize(1);
        Document d = fromJson.get(0);
        assertThat(d.pageId()).isEqualTo(12);
        assertThat(d.revisionId()).isEqualTo(34);
        assertThat(d.title()).isEqualTo("Tom & Jerry");
        assertThat(d.text()).isEqualTo("Un dessin animé.\nDeux lignes.");
        assertThat(readAll(doc)).isEqualTo(fromJson);
    }

    @Test
    void open_badRecord_failsNamingFileAndLine() throws IOException {
        Path json = dir.resolve("bad.jsonl");
        Files.writeString(json, "{\"id\": \"1\", \"url\": \"u\", \"title\": \"A\", \"text\": \"x\"}\n{\"id\": \"x\"\n");
        assertThatThrownBy(() -> readAll(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.jsonl:2");
        Path doc = dir.resolve("bad_doc");
        Files.writeString(doc, "<doc id=\"1\" url=\"u\" title=\"A\">\nA\ntext never closed\n");
        assertThatThrownBy(() -> readAll(doc)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad_doc:1");
    }
}
