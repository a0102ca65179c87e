package io.ultralink.text.wiki.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The output of an external bzip2 decompressor ({@code COMMAND -dc FILE}), for machines where the native tool
 * is much cheaper than decompressing in Java. A non-zero exit status surfaces as an {@link IOException} at the
 * end of the data.
 */
public final class ExternalBzip2InputStream extends FilterInputStream {

    private final Process process;
    private final String command;

    private ExternalBzip2InputStream(Process process, String command) {
        super(process.getInputStream());
        this.process = process;
        this.command = command;
    }

    /** Starts {@code command -dc file}. */
    public static ExternalBzip2InputStream open(String command, Path file) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command, "-dc", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ExternalBzip2InputStream(pb.start(), command);
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
                    throw new IOException("'" + command + " -dc' exited with status " + status
                            + " (corrupt or truncated file; '" + command + " -tv FILE' shows where)");
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
}
