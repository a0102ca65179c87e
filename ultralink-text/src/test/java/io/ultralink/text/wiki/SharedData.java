package io.ultralink.text.wiki;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
