package io.ultralink.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineAppenderTest {

    @TempDir
    Path dir;

    @Test
    void open_fileEndingInPartialLine_cutsOnlyThePartialTail() throws Exception {
        Path file = dir.resolve("out.jsonl");
        Files.writeString(file, "{\"a\":1}\n{\"b\":2}\n{\"c\":", StandardCharsets.UTF_8);
        try (LineAppender out = LineAppender.open(file, false)) {
            assertThat(out.repairedBytes()).isEqualTo(5);
            out.append("{\"d\":4}");
        }
        assertThat(Files.readAllLines(file)).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"d\":4}");
    }

    @Test
    void open_onlyPartialLine_truncatesToEmpty() throws Exception {
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, "{\"half", StandardCharsets.UTF_8);
        try (LineAppender out = LineAppender.open(file, true)) {
            assertThat(out.repairedBytes()).isEqualTo(6);
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void open_cleanFile_keepsEverythingAndCreatesParents() throws Exception {
        Path file = dir.resolve("a/b/out.jsonl");
        try (LineAppender out = LineAppender.open(file, false)) {
            out.append("1");
        }
        try (LineAppender out = LineAppender.open(file, false)) {
            assertThat(out.repairedBytes()).isZero();
            out.append("2");
        }
        assertThat(Files.readAllLines(file)).containsExactly("1", "2");
    }

    @Test
    void append_lineBreak_rejected() {
        try (LineAppender out = LineAppender.open(dir.resolve("y.jsonl"), false)) {
            assertThatThrownBy(() -> out.append("a\nb")).hasMessageContaining("line break");
        }
    }

    @Test
    void append_concurrentWriters_neverInterleaveLines() throws Exception {
        Path file = dir.resolve("c.jsonl");
        String payload = "x".repeat(10_000);
        try (LineAppender out = LineAppender.open(file, false)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 200; i++) {
                int n = i;
                pool.submit(() -> out.append(n + ":" + payload));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out.linesWritten()).isEqualTo(200);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(200).allSatisfy(l -> assertThat(l).endsWith(payload).matches("\\d+:x+"));
    }
}
