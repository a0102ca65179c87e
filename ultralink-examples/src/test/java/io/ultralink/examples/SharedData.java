package io.ultralink.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/** Files of the shared data folder ({@code ultralink.shared.dir}); tests are skipped when absent. */
final class SharedData {

    private SharedData() {
    }

    /** The file at {@code relative} below {@code <shared>/data}, or the test is skipped. */
    static Path require(String relative) {
        Path file = Paths.get(System.getProperty("ultralink.shared.dir", "../shared"), "data").resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
        return file;
    }
}
