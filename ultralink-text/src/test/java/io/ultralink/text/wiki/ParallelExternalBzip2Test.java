package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import io.ultralink.text.wiki.internal.ExternalBzip2InputStream;
import io.ultralink.text.wiki.internal.ParallelExternalBzip2InputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default decoder with bzip2 installed and several threads: groups of blocks in parallel bzip2 processes. */
class ParallelExternalBzip2Test {

    private static final List<String> FIXTURE = DumpFixtures.pages(12_000);
    private static final String XML = DumpFixtures.HEAD + String.join("", FIXTURE) + DumpFixtures.TAIL;

    @TempDir
    Path dir;

    @BeforeEach
    void useBzip2Processes() {
        Assumptions.assumeTrue(ExternalBzip2InputStream.onPath("bzip2").isPresent(), "no bzip2 on the PATH");
        System.setProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY, "auto");
    }

    @AfterEach
    void restoreDefault() {
        System.clearProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY);
    }

    private static List<WikiPage> readAll(Path file) {
        try (WikiDumpReader reader = WikiDumpReader.open(file, 2)) {
            return reader.stream().toList();
        }
    }

    /** Many small blocks (100 kB each), so that the file makes several groups of blocks. */
    private Path smallBlocks(String name) throws IOException {
        return Files.write(dir.resolve(name), DumpFixtures.bzip2(XML, 1));
    }

    @Test
    void read_manyBlocks_deliversTheExactBytesInOrder() throws IOException {
        Path bz2 = smallBlocks("blocks.xml.bz2");
        try (InputStream in = ParallelExternalBzip2InputStream.open(List.of("bzip2"), bz2, 3)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(XML);
        }
    }

    @Test
    void read_niceDecompressors_sameBytes() throws IOException {
        Path bz2 = smallBlocks("blocks.xml.bz2");
        List<String> command = WikiDumpReader.decompressor("bzip2");
        Assumptions.assumeTrue(command.size() > 1, "no nice on the PATH");
        try (InputStream in = ParallelExternalBzip2InputStream.open(command, bz2, 2)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(XML);
        }
    }

    @Test
    void open_multiBlockAndConcatenatedStreams_sameAsPlainXml() throws IOException {
        List<WikiPage> plain = readAll(DumpFixtures.writeXml(dir, FIXTURE));
        assertThat(readAll(smallBlocks("blocks.xml.bz2"))).isEqualTo(plain);
        assertThat(readAll(DumpFixtures.writeBz2(dir, FIXTURE))).isEqualTo(plain);
        ByteArrayOutputStream streams = new ByteArrayOutputStream();
        for (int i = 0; i < XML.length(); i += 700_000) {
            streams.write(DumpFixtures.bzip2(XML.substring(i, Math.min(XML.length(), i + 700_000)), 2));
        }
        Path concatenated = Files.write(dir.resolve("concat.xml.bz2"), streams.toByteArray());
        assertThat(readAll(concatenated)).isEqualTo(plain);
    }

    @Test
    void open_truncatedOrCorruptMiddleBlock_failsNamingFileOffsetAndPageAfterDeliveringEarlierPages()
            throws IOException {
        List<WikiPage> plain = readAll(DumpFixtures.writeXml(dir, FIXTURE));
        byte[] bytes = Files.readAllBytes(smallBlocks("blocks.xml.bz2"));
        byte[] damaged = bytes.clone();
        for (int i = bytes.length / 2; i < bytes.length / 2 + 40; i++) {
            damaged[i] ^= 0x5A;
        }
        Path corrupt = Files.write(dir.resolve("corrupt.xml.bz2"), damaged);
        Path truncated = Files.write(dir.resolve("truncated.xml.bz2"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        for (Path file : List.of(corrupt, truncated)) {
            List<WikiPage> read = new ArrayList<>();
            try (WikiDumpReader reader = WikiDumpReader.open(file, 2)) {
                assertThatThrownBy(() -> reader.forEachRemaining(read::add))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining(file.getFileName().toString())
                        .hasMessageContaining("byte offset")
                        .hasMessageContaining("exited with status")
                        .hasMessageContaining("after page " + read.get(read.size() - 1).id());
            }
            assertThat(read).hasSizeGreaterThan(1000).isEqualTo(plain.subList(0, read.size()));
        }
    }

    @Test
    void close_early_leavesNoBzip2ProcessOrThreadRunning() throws IOException, InterruptedException {
        Path bz2 = smallBlocks("blocks.xml.bz2");
        for (int round = 0; round < 3; round++) {
            try (WikiDumpReader reader = WikiDumpReader.open(bz2, 2)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(reader.next().id()).isEqualTo(i + 1);
                }
            }
            assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                    .map(p -> p.info().command().orElse("?"))).noneMatch(c -> c.contains("bzip2"));
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("ultralink-bzip2-process")) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as(thread.getName()).isFalse();
            }
        }
    }
}
