package io.ultralink.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.format.BadLinePolicy;
import io.ultralink.model.Conversation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderBadBytesTest {

    private static final byte[] BAD = {(byte) 0xFF};

    @TempDir
    Path dir;

    @Test
    void open_jsonlWithBadByteOnLine3Of6_failNamesLine3_skipKeepsFive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = 1; n <= 6; n++) {
            write(out, "{\"query\": \"What is " + n + " + " + n + "?\", \"response\": \"");
            if (n == 3) {
                out.writeBytes(BAD);
            }
            write(out, n + " + " + n + " = " + 2 * n + ". The answer is: " + 2 * n + "\"}\n");
        }
        Path file = dir.resolve("metamath.jsonl");
        Files.write(file, out.toByteArray());

        assertThatThrownBy(() -> SourceReader.readAll(file, SourceFormat.METAMATHQA, BadLinePolicy.FAIL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(file + ":3:")
                .hasMessageContaining("not valid UTF-8");
        try (SourceReader in = SourceReader.open(file, SourceFormat.METAMATHQA, BadLinePolicy.SKIP)) {
            List<Conversation> read = toList(in);

            assertThat(read).extracting(Conversation::id).containsExactly("metamathqa:metamath.jsonl#1",
                    "metamathqa:metamath.jsonl#2", "metamathqa:metamath.jsonl#4", "metamathqa:metamath.jsonl#5",
                    "metamathqa:metamath.jsonl#6");
            assertThat(in.skipped()).isEqualTo(1);
            assertThat(in.problems()).singleElement().extracting(InvalidInputException::line).isEqualTo(3L);
        }
    }

    @Test
    void open_arrayWithBadByteInSecondRecord_failNamesItsLine_skipReadsTheOthers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "[\n");
        write(out, chat("c1", "Name a colour.", "Blue.") + ",\n");
        write(out, "{\"id\": \"c2\", \"conversations\": [\n  {\"from\": \"human\", \"value\": \"Name a fruit.\"},\n"
                + "  {\"from\": \"gpt\", \"value\": \"Pear");
        out.writeBytes(BAD);
        write(out, ".\"}]},\n");
        write(out, chat("c3", "Name a tree.", "Oak.") + ",  " + chat("c4", "Name a bird.", "Wren.") + "\n]\n");
        Path file = dir.resolve("sharegpt.json");
        Files.write(file, out.toByteArray());

        assertThatThrownBy(() -> SourceReader.readAll(file, SourceFormat.SHAREGPT, BadLinePolicy.FAIL))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file + ":5 (record c2)")
                .hasMessageContaining("not valid UTF-8: byte 0xFF at line 5")
                .hasMessageContaining("from line 3");
        try (SourceReader in = SourceReader.open(file, SourceFormat.SHAREGPT, BadLinePolicy.SKIP)) {
            List<Conversation> read = toList(in);

            assertThat(read).extracting(Conversation::id).containsExactly("sharegpt:c1", "sharegpt:c3", "sharegpt:c4");
            assertThat(in.skipped()).isEqualTo(1);
            assertThat(in.problems()).singleElement().extracting(InvalidInputException::line).isEqualTo(5L);
        }
    }

    @Test
    void open_arrayWithBadByteInTheFirstBytes_isStillReadAsAnArray() throws IOException {
        String prefix = "[{\"id\": \"c1\", \"conversations\": [{\"from\": \"human\", \"value\": \"Caf";
        Path file = dir.resolve("start.json");
        Files.write(file, concat(prefix.getBytes(StandardCharsets.UTF_8), BAD, ("\"}, {\"from\": \"gpt\", "
                + "\"value\": \"Yes.\"}]},\n" + chat("c2", "Hi.", "Hello.") + "]").getBytes(StandardCharsets.UTF_8)));

        try (SourceReader in = SourceReader.open(file, SourceFormat.SHAREGPT, BadLinePolicy.SKIP)) {
            assertThat(toList(in)).extracting(Conversation::id).containsExactly("sharegpt:c2");
            assertThat(in.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.getMessage()).contains("column " + (prefix.length() + 1));
            });
        }
    }

    @Test
    void open_jsonlLineOverTheBound_isDroppedAndCounted() throws IOException {
        Path file = dir.resolve("math.jsonl");
        Files.writeString(file, "{\"query\": \"What is 1 + 1?\", \"response\": \"2. The answer is: 2\"}\n"
                + "{\"query\": \"" + "long ".repeat(400) + "\", \"response\": \"The answer is: 0\"}\n"
                + "{\"query\": \"What is 2 + 2?\", \"response\": \"4. The answer is: 4\"}\n");

        try (SourceReader in = SourceReader.open(file, SourceFormat.METAMATHQA, BadLinePolicy.FAIL, 1000)) {
            assertThat(toList(in)).hasSize(2);
            assertThat(in.oversized()).isEqualTo(1);
            assertThat(in.problems()).singleElement().extracting(InvalidInputException::line).isEqualTo(2L);
        }
    }

    private static String chat(String id, String question, String answer) {
        return "{\"id\": \"" + id + "\", \"conversations\": [{\"from\": \"human\", \"value\": \"" + question
                + "\"}, {\"from\": \"gpt\", \"value\": \"" + answer + "\"}]}";
    }

    private static List<Conversation> toList(SourceReader in) {
        List<Conversation> out = new java.util.ArrayList<>();
        in.forEachRemaining(out::add);
        return out;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
