package io.ultralink.benchmarks;

import io.ultralink.text.wiki.WikiDumpReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code bzip2} on the PATH (as the dump reader does) and times {@code bzip2 -dc FILE >/dev/null}, the benchmarks' floor. */
final class ExternalBzip2 {

    private ExternalBzip2() {
    }

    static boolean available() {
        return command().isPresent();
    }

    /** Wall seconds of {@code bzip2 -dc dump}, output discarded. */
    static double timeDecompression(Path dump) throws IOException, InterruptedException {
        String bzip2 = command().orElseThrow();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(bzip2, "-dc", dump.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int status = p.waitFor();
        if (status != 0) {
            throw new IOException(bzip2 + " -dc " + dump + " exited with status " + status);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Optional<String> command() {
        return WikiDumpReader.bzip2OnPath();
    }
}
