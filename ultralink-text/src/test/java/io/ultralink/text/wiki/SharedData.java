package io.ultralink.text.wiki;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ultralink.model.LanguageCode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates ../shared/data/wiki through the {@code ultralink.shared.dir} system property; skips when absent. */
public final class SharedData {

    private SharedData() {
    }

    /** The wiki data directory, or a skipped test. */
    public static Path wikiDir() {
        String shared = System.getProperty("ultralink.shared.dir", "../shared");
        Path dir = Path.of(shared, "data", "wiki");
        assumeTrue(Files.isDirectory(dir), "shared wiki data absent at " + dir);
        return dir;
    }

    /** A cleaned article of a minidump and the language of its dump. */
    public record Article(LanguageCode language, String text) {
    }

    /** Every article (namespace 0, no redirect or disambiguation) of every minidump, cleaned; or a skipped test. */
    public static List<Article> cleanedArticles() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(wikiDir(), "*wiki-minidump.xml.bz2")) {
            for (Path dump : dumps) {
                LanguageCode language = LanguageCode.of(dump.getFileName().toString().split("wiki-", 2)[0]);
                try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
                    reader.articles(language).forEach(doc -> articles.add(new Article(language, doc.text())));
                }
            }
        }
        return articles;
    }
}
