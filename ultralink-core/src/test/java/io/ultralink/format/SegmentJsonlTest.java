package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentJsonlTest {

    @TempDir
    Path dir;

    private static Segment segment(int index, String text) {
        SourceRef source = new SourceRef(LanguageCode.ZH, 42, 7, "长城", "https://zh.wikipedia.org/wiki?curid=42");
        return new Segment(source, index, index * 100, index * 100 + text.length(), 3, text);
    }

    @Test
    void roundTripsEveryField() {
        Segment original = segment(2, "长城是古代中国的防御工程。\n它很长。\"引号\"");
        String line = SegmentJsonl.toLine(original);
        assertThat(line).doesNotContain("\n").contains("\"id\":\"zh-42-7-2\"");
        Segment back = SegmentJsonl.open(write(line), BadLinePolicy.FAIL).next();
        assertThat(back).isEqualTo(original);
    }

    @Test
    void badLineIsNamedWithFileAndLine() {
        String good = SegmentJsonl.toLine(segment(0, "第一段。"));
        String wrongId = good.replace("zh-42-7-0", "zh-42-7-9");
        Path file = write(good + "\n" + wrongId);
        try (JsonlReader<Segment> reader = SegmentJsonl.open(file, BadLinePolicy.FAIL)) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("2")
                    .hasMessageContaining("does not match");
        }
    }

    @Test
    void skipPolicyCountsMissingFields() {
        Path file = write(SegmentJsonl.toLine(segment(0, "一。")) + "\n{\"lang\":\"zh\"}\n"
                + SegmentJsonl.toLine(segment(1, "二。")));
        List<Integer> indexes = new ArrayList<>();
        try (JsonlReader<Segment> reader = SegmentJsonl.open(file, BadLinePolicy.SKIP)) {
            reader.forEachRemaining(s -> indexes.add(s.index()));
            assertThat(reader.skipped()).isEqualTo(1);
        }
        assertThat(indexes).containsExactly(0, 1);
    }

    private Path write(String content) {
        try {
            Path file = dir.resolve("segments.jsonl");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
