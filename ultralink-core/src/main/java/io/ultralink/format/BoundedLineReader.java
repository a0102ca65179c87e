package io.ultralink.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads lines of UTF-8 text from bytes, one line at a time and each decoded on its own, so that a bad byte
 * costs one line and the next line is read normally. A line longer than the bound is not kept: the rest of it
 * is read past and counted, so memory stays within the bound whatever the input. Lines end at {@code \n}; a
 * {@code \r} before it and a byte order mark at the start of the input are removed. Not thread-safe.
 *
 * <p>After {@link #advance()} returns true, exactly one of {@link #text()} (the decoded line),
 * {@link #oversized()} and {@link #malformed()} describes the line.
 */
public final class BoundedLineReader implements AutoCloseable {

    /** The largest bound a reader accepts (a line is held in one array). */
    public static final long MAX_BOUND = Integer.MAX_VALUE - 16;

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private CharBuffer chars = CharBuffer.allocate(256);
    private int chunkPos;
    private int chunkEnd;
    private boolean eof;
    private long lineNumber;
    private int lineLength;
    private long lineBytes;
    private String text;
    private String malformed;

    /**
     * @param in the bytes to read (closed by {@link #close()})
     * @param maxLineBytes the longest line kept, in bytes without its line end
     */
    public BoundedLineReader(InputStream in, long maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1 || maxLineBytes > MAX_BOUND) {
            throw new IllegalArgumentException("maxLineBytes must be from 1 to " + MAX_BOUND + ", was " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line.
     *
     * @return false at the end of the input
     * @throws IOException when the input cannot be read
     */
    public boolean advance() throws IOException {
        text = null;
        malformed = null;
        lineLength = 0;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int nl = indexOfNewline(chunk, chunkPos, chunkEnd);
            int end = nl < 0 ? chunkEnd : nl;
            take(chunkPos, end);
            chunkPos = nl < 0 ? chunkEnd : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNumber++;
        if (lineBytes > maxLineBytes) {
            return true;
        }
        int length = lineLength;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = lineNumber == 1 && startsWithBom(length) ? 3 : 0;
        decode(start, length);
        return true;
    }

    /** The 1-based number of the line last read. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The length of the line last read in bytes, its line end excluded; counted in full for an over-long line. */
    public long lineBytes() {
        return lineBytes;
    }

    /** The line last read, or null when it was over the bound or not valid UTF-8. */
    public String text() {
        return text;
    }

    /** Whether the line last read was longer than the bound and was read past. */
    public boolean oversized() {
        return lineBytes > maxLineBytes;
    }

    /** What is wrong with the line last read when it is not valid UTF-8, else null. */
    public String malformed() {
        return malformed;
    }

    /** The bound, in bytes. */
    public long maxLineBytes() {
        return maxLineBytes;
    }

    /** The capacity of the buffer that holds one line, in bytes (it never grows past the bound). */
    int lineCapacity() {
        return line.length;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(chunk, 0, CHUNK);
        if (n < 0) {
            eof = true;
            return false;
        }
        chunkPos = 0;
        chunkEnd = n;
        return true;
    }

    /** Appends {@code chunk[from, to)} to the line, or only counts it once the line is over the bound. */
    private void take(int from, int to) {
        int n = to - from;
        lineBytes += n;
        if (lineBytes > maxLineBytes) {
            return;
        }
        if (lineLength + n > line.length) {
            long wanted = Math.max((long) line.length * 2, (long) lineLength + n);
            line = Arrays.copyOf(line, (int) Math.min(wanted, maxLineBytes));
        }
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    private boolean startsWithBom(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private void decode(int from, int to) {
        int n = to - from;
        if (chars.capacity() < n) {
            chars = CharBuffer.allocate(Math.max(n, chars.capacity() * 2));
        }
        chars.clear();
        ByteBuffer bytes = ByteBuffer.wrap(line, from, n);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position();
            malformed = String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at byte %d of the line",
                    line[at] & 0xFF, at - from + 1);
            return;
        }
        chars.flip();
        text = chars.toString();
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
