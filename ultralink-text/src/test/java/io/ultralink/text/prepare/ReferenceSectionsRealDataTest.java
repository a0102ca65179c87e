package io.ultralink.text.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.language.LanguagePacks;
import io.ultralink.model.Segment;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.wiki.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference sections on the real English minidump (skipped when ../shared/data is absent). */
class ReferenceSectionsRealDataTest {

    private static final Set<String> REFERENCE_HEADINGS = Set.of("see also", "external links", "references",
            "further reading", "bibliography", "notes");
    private static final SegmenterSettings SETTINGS = new SegmenterSettings(1_000, 200_000, 1_000, 2_000);

    @TempDir
    Path dir;

    @Test
    void run_enwikiMinidump_noSegmentHoldsAReferenceSection_andReportCountsThem() {
        Path dump = SharedData.wikiDir().resolve("enwiki-minidump.xml.bz2");

        PreparationReport report = prepare(dump, false, "dropped.jsonl");
        PreparationReport kept = prepare(dump, true, "kept.jsonl");

        List<Segment> segments = KnowledgePreparationTest.readSegments(dir.resolve("dropped.jsonl"));
        assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(referenceHeadings(s)).as(s.id()).isEmpty());
        assertThat(KnowledgePreparationTest.readSegments(dir.resolve("kept.jsonl")))
                .as("the same check finds them when they are kept")
                .anySatisfy(s -> assertThat(referenceHeadings(s)).isNotEmpty());
        assertThat(report.referenceSectionsDropped()).isPositive();
        assertThat(report.referenceCharsDropped()).isPositive();
        assertThat(kept.referenceSectionsDropped()).isZero();
        assertThat(report.toJson()).contains("\"referenceSectionsDropped\"");
        System.out.printf(Locale.ROOT, "enwiki minidump: %d reference sections dropped, %d chars; kept pages "
                + "%d (kept-all run %d), tokens %d (kept-all run %d)%n", report.referenceSectionsDropped(),
                report.referenceCharsDropped(), report.pagesKept(), kept.pagesKept(), report.tokensKept(),
                kept.tokensKept());
    }

    private PreparationReport prepare(Path dump, boolean keep, String name) {
        return KnowledgePreparation.builder().packs(LanguagePacks.builder().addBuiltIn().build())
                .segmenterSettings(SETTINGS).keepReferenceSections(keep).build()
                .run(List.of(dump), dir.resolve(name));
    }

    private static List<String> referenceHeadings(Segment s) {
        return s.text().lines().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(REFERENCE_HEADINGS::contains)
                .toList();
    }
}
