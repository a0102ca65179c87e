package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void advance_mixedLineEnds_bomAndUnterminatedLastLine_readsEachLine() throws IOException {
        byte[] input = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "first\r\nsecond\n\nthird, no end".getBytes(StandardCharsets.UTF_8));

        List<String> lines = texts(new BoundedLineReader(new ByteArrayInputStream(input), 100));

        assertThat(lines).containsExactly("first", "second", "", "third, no end");
    }

    @Test
    void advance_badByteOnLine3_onlyLine3IsMalformedAndNamesTheByte() throws IOException {
        byte[] input = concat("un\ndeux\ntr".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
                "ois\nquatre\ncinq\nsix\n".getBytes(StandardCharsets.UTF_8));
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), 100);
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();

        while (reader.advance()) {
            if (reader.malformed() != null) {
                bad.add(reader.lineNumber() + ": " + reader.malformed());
            } else {
                good.add(reader.text());
            }
        }

        assertThat(good).containsExactly("un", "deux", "quatre", "cinq", "six");
        assertThat(bad).containsExactly("3: not valid UTF-8: byte 0xFF at byte 3 of the line");
    }

    @Test
    void advance_multibyteCharacterAcrossReadChunks_decodesIt() throws IOException {
        String text = "a".repeat((1 << 16) - 1) + "é" + "\nnext";

        List<String> lines = texts(new BoundedLineReader(new OneByteAtATime(text.getBytes(StandardCharsets.UTF_8)),
                1 << 20));

        assertThat(lines).containsExactly("a".repeat((1 << 16) - 1) + "é", "next");
    }

    @Test
    void advance_lineOf5MbWithBoundOf1Mb_dropsItCountingBytesWithoutHoldingIt() throws IOException {
        int bound = 1 << 20;
        int longLine = 5 * 1024 * 1024;
        byte[] big = new byte[longLine];
        Arrays.fill(big, (byte) 'x');
        byte[] input = concat("before\n".getBytes(StandardCharsets.UTF_8), big,
                "\nafter\n".getBytes(StandardCharsets.UTF_8));
        BoundedLineReader reader = new BoundedLineReader(new ByteArrayInputStream(input), bound);

        assertThat(reader.advance()).isTrue();
        assertThat(reader.text()).isEqualTo("before");
        assertThat(reader.advance()).isTrue();
        assertThat(reader.oversized()).isTrue();
        assertThat(reader.text()).isNull();
        assertThat(reader.lineBytes()).isEqualTo(longLine);
        assertThat(reader.lineNumber()).isEqualTo(2);
        assertThat(reader.lineCapacity()).isLessThanOrEqualTo(bound);
        assertThat(reader.advance()).isTrue();
        assertThat(reader.text()).isEqualTo("after");
        assertThat(reader.lineNumber()).isEqualTo(3);
        assertThat(reader.advance()).isFalse();
        assertThat(reader.lineCapacity()).isLessThanOrEqualTo(bound);
    }

    @Test
    void advance_lineExactlyAtTheBound_isKept() throws IOException {
        String line = "y".repeat(1000);

        List<String> lines = texts(new BoundedLineReader(
                new ByteArrayInputStream((line + "\r\n").getBytes(StandardCharsets.UTF_8)), 1001));

        assertThat(lines).containsExactly(line);
    }

    @Test
    void constructor_boundBelowOne_isRefused() {
        assertThatThrownBy(() -> new BoundedLineReader(new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes");
    }

    private static List<String> texts(BoundedLineReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        while (reader.advance()) {
            assertThat(reader.malformed()).isNull();
            assertThat(reader.oversized()).isFalse();
            out.add(reader.text());
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** An input that delivers few bytes per read, as a pipe may. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] bytes;
        private int pos;

        OneByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, pos % 7 + 1);
            n = Math.min(n, bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
