package io.ultralink.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.testing.SimpleTokenCounter;
import io.ultralink.testing.TestSegments;
import io.ultralink.testing.WikiFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PrefixReuseTest {

    @Test
    void measure_fixtureSegments_cacheFriendlyReusesMoreThanPaper() {
        List<Segment> segments = TestSegments.english(5);
        PrefixReuse.Result paper = new PrefixReuse().measure(segments, LanguageCode.EN, PromptLayout.PAPER);
        PrefixReuse.Result cache = new PrefixReuse().measure(segments, LanguageCode.EN, PromptLayout.CACHE_FRIENDLY);
        assertThat(cache.calls()).isEqualTo(paper.calls());
        assertThat(cache.segmentShare()).isGreaterThan(paper.segmentShare());
    }

    @Test
    void measure_realEnglishMinidump_cacheFriendlyReusesMoreThanPaper() {
        Path file = WikiFixture.extracted("en").orElse(null);
        Assumptions.assumeTrue(file != null, "shared minidump absent");
        List<Segment> segments = WikiFixture.segments(file, LanguageCode.EN, new SimpleTokenCounter(), 1000)
                .subList(0, 12);
        PrefixReuse.Result paper = new PrefixReuse().measure(segments, LanguageCode.EN, PromptLayout.PAPER);
        PrefixReuse.Result cache = new PrefixReuse().measure(segments, LanguageCode.EN, PromptLayout.CACHE_FRIENDLY);
        assertThat(cache.segmentShare()).isGreaterThan(paper.segmentShare());
        assertThat(cache.runShare()).isGreaterThan(paper.runShare());
    }
}
