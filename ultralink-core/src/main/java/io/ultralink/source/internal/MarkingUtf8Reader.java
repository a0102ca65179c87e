package io.ultralink.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes UTF-8 for a JSON parser without stopping at bad bytes: each malformed sequence becomes one
 * U+FFFD and is remembered with its place (character offset in the decoded text, line and column), so
 * that the caller can reject exactly the records that hold one and read on. Not thread-safe. Not API.
 */
public final class MarkingUtf8Reader extends Reader {

    /**
     * A malformed byte sequence.
     *
     * @param charOffset offset of its U+FFFD in the decoded text
     * @param line 1-based line in the file
     * @param column 1-based column (in characters) in that line
     * @param firstByte the first byte of the sequence
     */
    public record Malformed(long charOffset, long line, long column, int firstByte) {

        /** Describes it for an error message. */
        public String describe() {
            return String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at line %d, column %d", firstByte, line,
                    column);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final ArrayDeque<Malformed> found = new ArrayDeque<>();
    private boolean eof;
    private char pendingLow;
    private long charsOut;
    private long line = 1;
    private long lineStart;

    /** @param in UTF-8 bytes (closed by {@link #close()}) */
    public MarkingUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
        bytes.flip();
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, off, len);
        if (pendingLow != 0) {
            out.put(pendingLow);
            pendingLow = 0;
            charsOut++;
        }
        while (out.position() == off) {
            if (!bytes.hasRemaining() && eof) {
                return -1;
            }
            if (!eof && bytes.remaining() < 4) {
                refill();
            }
            int before = out.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            account(target, before, out.position());
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                int first = bytes.get(bytes.position()) & 0xFF;
                bytes.position(bytes.position() + result.length());
                found.add(new Malformed(charsOut, line, charsOut - lineStart + 1, first));
                out.put('\uFFFD');
                charsOut++;
            } else if (result.isOverflow() && out.position() == off) {
                splitPair(out);
            } else if (result.isUnderflow() && eof && !bytes.hasRemaining()) {
                before = out.position();
                decoder.flush(out);
                account(target, before, out.position());
                break;
            }
        }
        int n = out.position() - off;
        return n == 0 ? -1 : n;
    }

    /**
     * Removes the malformed sequences found before {@code endChar} and returns the first of them at or after
     * {@code startChar}, if any.
     *
     * @param startChar offset of a record's first character
     * @param endChar offset just past its last character
     * @return the first malformed sequence inside the record, or null
     */
    public Malformed takeWithin(long startChar, long endChar) {
        Malformed first = null;
        while (!found.isEmpty() && found.peekFirst().charOffset() < endChar) {
            Malformed m = found.pollFirst();
            if (first == null && m.charOffset() >= startChar) {
                first = m;
            }
        }
        return first;
    }

    /** The first malformed sequence not yet taken, or null. */
    public Malformed pending() {
        return found.peekFirst();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A surrogate pair does not fit into a one-char read: hand out its high half now and keep the low half. */
    private void splitPair(CharBuffer out) {
        CharBuffer pair = CharBuffer.allocate(2);
        decoder.decode(bytes, pair, eof);
        pair.flip();
        out.put(pair.get());
        pendingLow = pair.get();
        charsOut++;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts the characters decoded into {@code target[from, to)} and the lines they end. */
    private void account(char[] target, int from, int to) {
        for (int i = from; i < to; i++) {
            if (target[i] == '\n') {
                line++;
                lineStart = charsOut + (i - from) + 1;
            }
        }
        charsOut += to - from;
    }
}
