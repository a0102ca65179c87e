package io.ultralink.pipeline.specific.internal;

import io.ultralink.error.UltraLinkException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the lines of an input file by its bytes, a last line without a newline included. Not API. */
public final class InputLines {

    private InputLines() {
    }

    /**
     * The number of lines of {@code file}.
     *
     * @throws UltraLinkException when the file cannot be read
     */
    public static long count(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
                last = n > 0 ? buffer[n - 1] : last;
            }
            return lines + (last == '\n' ? 0 : 1);
        } catch (IOException e) {
            throw new UltraLinkException("cannot read segments file " + file + ": " + e.getMessage(), e);
        }
    }
}
