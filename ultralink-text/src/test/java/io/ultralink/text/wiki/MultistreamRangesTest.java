package io.ultralink.text.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultistreamRangesTest {

    @TempDir
    Path dir;

    @Test
    void openStreams_everyRangeOfWholeStreams_togetherGiveTheDumpsPagesInOrder() throws IOException {
        List<String> fixture = DumpFixtures.pages(23);
        Path multi = DumpFixtures.writeMultistream(dir, fixture, 4);
        List<WikiPage> whole = read(WikiDumpReader.open(multi, 1));
        long[] offsets = MultistreamIndex.streamOffsets(multi, WikiDumpReader.indexOf(multi).orElseThrow());

        assertThat(offsets).hasSize(1 + 6 + 1).startsWith(0).endsWith(Files.size(multi)).isSorted();
        for (int step : new int[] {1, 2, 7}) {
            List<WikiPage> pages = new ArrayList<>();
            for (int s = 0; s < offsets.length - 1; s += step) {
                long end = offsets[Math.min(offsets.length - 1, s + step)];
                pages.addAll(read(WikiDumpReader.openStreams(multi, offsets[s], end, 1 << 20)));
            }
            assertThat(pages).as("ranges of %d streams", step).isEqualTo(whole);
        }
    }

    @Test
    void openStreams_rangeNotAtAStreamStart_failsNamingFileAndOffset() throws IOException {
        Path multi = DumpFixtures.writeMultistream(dir, DumpFixtures.pages(8), 4);
        long[] offsets = MultistreamIndex.streamOffsets(multi, WikiDumpReader.indexOf(multi).orElseThrow());

        assertThatThrownBy(() -> read(WikiDumpReader.openStreams(multi, offsets[1] + 3, offsets[2], 1 << 20)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(multi.toString())
                .hasMessageContaining(Long.toString(offsets[1] + 3));
        assertThatThrownBy(() -> WikiDumpReader.openStreams(multi, 0, Files.size(multi) + 1, 1 << 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void streamOffsets_badIndexLine_namesIndexAndLine() throws IOException {
        Path multi = DumpFixtures.writeMultistream(dir, DumpFixtures.pages(8), 4);
        Path index = WikiDumpReader.indexOf(multi).orElseThrow();
        Files.write(index, DumpFixtures.bzip2("0:1:Page 1\nnot-a-number:2:Page 2\n"));

        assertThatThrownBy(() -> MultistreamIndex.streamOffsets(multi, index))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(index.toString())
                .hasMessageContaining("2").hasMessageContaining("bad offset 'not-a-number'");
    }

    private static List<WikiPage> read(WikiDumpReader reader) {
        try (reader) {
            return reader.stream().toList();
        }
    }
}
