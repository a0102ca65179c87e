package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir
    Path dir;

    @Test
    void open_badByteOnLine3Of6_failPolicy_namesFileAndLine3() throws IOException {
        Path file = sixLinesWithBadByteOnLine3();

        assertThatThrownBy(() -> {
            try (JsonlReader<JsonLine> in = JsonlReader.open(file, BadLinePolicy.FAIL)) {
                in.forEachRemaining(line -> { });
            }
        }).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("not valid UTF-8")
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(3));
    }

    @Test
    void open_badByteOnLine3Of6_skipPolicy_readsTheOtherFive() throws IOException {
        Path file = sixLinesWithBadByteOnLine3();
        List<Long> read = new ArrayList<>();

        try (JsonlReader<JsonLine> in = JsonlReader.open(file, BadLinePolicy.SKIP)) {
            in.forEachRemaining(line -> read.add(line.node().get("n").asLong()));

            assertThat(read).containsExactly(1L, 2L, 4L, 5L, 6L);
            assertThat(in.skipped()).isEqualTo(1);
            assertThat(in.oversized()).isZero();
            assertThat(in.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.source()).isEqualTo(file.toString());
            });
        }
    }

    @Test
    void open_lineOverTheBound_isDroppedAndCountedUnderEitherPolicy() throws IOException {
        Path file = dir.resolve("long.jsonl");
        String longText = "z".repeat(5000);
        Files.writeString(file, "{\"n\":1}\n{\"n\":2,\"text\":\"" + longText + "\"}\n{\"n\":3}\n");

        for (BadLinePolicy policy : BadLinePolicy.values()) {
            List<Long> read = new ArrayList<>();
            try (JsonlReader<JsonLine> in = JsonlReader.open(file, policy, 1000, line -> line)) {
                in.forEachRemaining(line -> read.add(line.node().get("n").asLong()));

                assertThat(read).as(policy.name()).containsExactly(1L, 3L);
                assertThat(in.oversized()).isEqualTo(1);
                assertThat(in.skipped()).isEqualTo(1);
                assertThat(in.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.getMessage()).contains("over the bound of 1000 bytes");
                });
            }
        }
    }

    @Test
    void open_defaultBound_isMediaWikisRevisionLimit() {
        assertThat(JsonlReader.DEFAULT_MAX_LINE_BYTES).isEqualTo(2L * 1024 * 1024);
    }

    private Path sixLinesWithBadByteOnLine3() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = 1; n <= 6; n++) {
            out.writeBytes(("{\"n\":" + n + ",\"text\":\"caf").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(n == 3 ? new byte[] {(byte) 0xC3, (byte) 0x28} : "é".getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("six.jsonl");
        Files.write(file, out.toByteArray());
        return file;
    }
}
