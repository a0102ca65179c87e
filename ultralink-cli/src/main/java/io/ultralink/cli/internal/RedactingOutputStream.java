package io.ultralink.cli.internal;

import io.ultralink.redact.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An output stream that passes text on one line at a time through a {@link Redactor}, so nothing the
 * CLI prints (messages, progress, log lines, stack traces) shows a secret. A line ends at {@code \n}
 * or {@code \r} (progress bars); {@link #flush} passes on an unfinished line too. UTF-8. Not API.
 */
public final class RedactingOutputStream extends OutputStream {

    private final OutputStream target;
    private final Redactor redactor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /**
     * @param target where redacted text goes (not closed by {@link #close})
     * @param redactor the redaction step
     */
    public RedactingOutputStream(OutputStream target, Redactor redactor) {
        this.target = Objects.requireNonNull(target, "target");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /**
     * @param target the stream to wrap
     * @param redactor the redaction step
     * @return a UTF-8 print stream with auto-flush that redacts what it prints
     */
    public static PrintStream printStream(OutputStream target, Redactor redactor) {
        return new PrintStream(new RedactingOutputStream(target, redactor), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || b == '\r') {
            pass();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                line.write(b, start, i + 1 - start);
                pass();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        pass();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }

    private void pass() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.write(redactor.redact(text).getBytes(StandardCharsets.UTF_8));
    }
}
