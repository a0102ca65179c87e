package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.format.JsonlReader;
import io.ultralink.format.SegmentJsonl;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.text.prepare.PreparationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparation of the real German minidump into segments within the requested bounds. */
class PrepareDumpTest {

    @TempDir
    Path dir;

    @Test
    void run_germanMinidump_writesBoundedGermanSegmentsAndReport() throws IOException {
        Path dump = SharedData.require("wiki/dewiki-minidump.xml.bz2");

        PreparationReport report = PrepareDump.run(dir, List.of(dump),
                Map.of("segment-tokens", "150-299", "document-tokens", "150-200000", "threads", "1"));

        assertThat(report.pagesRead()).isPositive();
        assertThat(report.pagesKept()).isPositive().isLessThanOrEqualTo(report.pagesRead());
        List<Segment> segments = new ArrayList<>();
        try (JsonlReader<Segment> in = SegmentJsonl.open(dir.resolve(PrepareDump.SEGMENTS_FILE), BadLinePolicy.FAIL)) {
            in.forEachRemaining(segments::add);
        }
        assertThat(segments).hasSize((int) report.segmentsWritten());
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.source().language()).isEqualTo(LanguageCode.of("de"));
            assertThat(s.source().url()).startsWith("https://de.wikipedia.org/");
            assertThat(s.tokenCount()).isBetween(1, 299);
        });
        assertThat(segments.stream().mapToLong(Segment::tokenCount).sum()).isEqualTo(report.tokensKept());
        String json = Files.readString(dir.resolve(PrepareDump.REPORT_FILE));
        assertThat(json).contains("\"segmentsWritten\" : " + report.segmentsWritten()).contains("cl100k_base");
    }

    @Test
    void run_unknownKey_isRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> PrepareDump.run(dir, List.of(dir), Map.of("segments", "1")))
                .hasMessageContaining("unknown keys [segments]").hasMessageContaining("segment-tokens");
    }
}
