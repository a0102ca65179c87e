package io.ultralink.llm.llamacpp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/** Finds the tiny test model under {@code ultralink.shared.dir}, or skips the test. */
final class TinyModel {

    private TinyModel() {
    }

    static Path pathOrSkip() {
        Path file = Paths.get(System.getProperty("ultralink.shared.dir", "../shared"), "data", "models",
                "stories260K.gguf");
        Assumptions.assumeTrue(Files.isRegularFile(file), "tiny model absent: " + file);
        return file;
    }
}
