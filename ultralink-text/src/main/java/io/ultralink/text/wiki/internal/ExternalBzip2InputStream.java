package io.ultralink.text.wiki.internal;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The output of an external bzip2 decompressor ({@code COMMAND -dc FILE}): the native tool needs about half the
 * CPU time of decompressing in Java, which leaves a core free for parsing and cleaning. A non-zero exit status
 * surfaces as an {@link IOException} at the end of the data; the file is then decoded once more in Java to name
 * the compressed byte offset where it breaks.
 */
public final class ExternalBzip2InputStream extends FilterInputStream {

    private final Process process;
    private final String command;
    private final Path file;

    private ExternalBzip2InputStream(Process process, String command, Path file) {
        super(process.getInputStream());
        this.process = process;
        this.command = command;
        this.file = file;
    }

    /** The path of the executable {@code name} in a directory of the {@code PATH}, if there is one. */
    public static Optional<String> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            try {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            } catch (InvalidPathException e) {
                // a malformed PATH entry cannot hold the tool
            }
        }
        return Optional.empty();
    }

    /** Starts {@code command -dc file}, {@code command} being a {@link DecompressorCommand}. */
    public static ExternalBzip2InputStream open(List<String> command, Path file) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(DecompressorCommand.withArguments(command, "-dc", file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ExternalBzip2InputStream(pb.start(), DecompressorCommand.describe(command), file);
    }

    @Override
    public int read() throws IOException {
        return checkEnd(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return checkEnd(super.read(b, off, len));
    }

    private int checkEnd(int n) throws IOException {
        if (n < 0) {
            try {
                int status = process.waitFor();
                if (status != 0) {
                    throw new IOException("'" + command + " -dc' exited with status " + status + ": "
                            + locateDamage(file));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + command, e);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            process.destroy();
        }
    }

    /** Decodes {@code file} in Java to say where its compressed data breaks. */
    static String locateDamage(Path file) {
        try (CountingInputStream counted = new CountingInputStream(new BufferedInputStream(
                Files.newInputStream(file), 1 << 16))) {
            try (InputStream bz = new BZip2CompressorInputStream(counted, true)) {
                byte[] buffer = new byte[1 << 16];
                while (bz.read(buffer) >= 0) {
                    // drain
                }
            } catch (IOException e) {
                return "corrupt or truncated compressed data near byte offset " + counted.count() + " ("
                        + e.getMessage() + ")";
            }
            return "the Java decoder reads the file to its end (byte offset " + counted.count() + ")";
        } catch (IOException e) {
            return "cannot re-read the file to locate the damage: " + e.getMessage();
        }
    }
}
