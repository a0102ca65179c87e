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
 * or {@code \r} (progress bars); an unfinished line waits, so a secret printed in pieces is still
 * seen whole, until {@link #drain} (or {@link #close}, or 64 KB without a line end). UTF-8. Not API.
 */
public final class RedactingOutputStream extends OutputStream {

    private final OutputStream target;
    private final Redactor redactor;
    private static final int MAX_PENDING = 64 * 1024;

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
    public static Printer printStream(OutputStream target, Redactor redactor) {
        return new Printer(new RedactingOutputStream(target, redactor));
    }

    /** A print stream over a {@link RedactingOutputStream}, with {@link #drain}. */
    public static final class Printer extends PrintStream {
        private final RedactingOutputStream redacting;

        private Printer(RedactingOutputStream redacting) {
            super(redacting, true, StandardCharsets.UTF_8);
            this.redacting = redacting;
        }

        /** Passes on an unfinished line too (at the end of a command). */
        public void drain() {
            flush();
            try {
                redacting.drain();
            } catch (java.io.IOException e) {
                setError();
            }
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || b == '\r' || line.size() > MAX_PENDING) {
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
        if (line.size() > MAX_PENDING) {
            pass();
        }
    }

    /** Flushes the target; an unfinished line keeps waiting for its end. */
    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    /**
     * Passes on an unfinished line and flushes.
     *
     * @throws IOException from the target
     */
    public synchronized void drain() throws IOException {
        pass();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        drain();
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
