package io.ultralink.pipeline.specific;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.format.JsonLine;
import io.ultralink.format.RecordFormat;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.testing.EchoModel;
import io.ultralink.testing.SimpleTokenCounter;
import io.ultralink.testing.TestSegments;
import io.ultralink.testing.WikiFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline over segments of a real English minidump (wikiextractor text), skipped when absent. */
class RealMinidumpPipelineTest {

    @TempDir
    Path dir;

    @Test
    void run_realSegments_recordsCarryDocumentAndProvenance() {
        Path file = WikiFixture.extracted("en").orElse(null);
        Assumptions.assumeTrue(file != null, "shared minidump absent");
        List<Segment> segments = WikiFixture.segments(file, LanguageCode.EN, new SimpleTokenCounter(), 1000)
                .subList(0, 10);
        Path input = TestSegments.write(dir.resolve("en_segments.jsonl"), segments);
        Path out = dir.resolve("out");

        RunSummary summary = LanguageSpecificPipelineTest.pipeline(new EchoModel(), out).build().run(input);

        assertThat(summary.dialogues() + summary.noDialogue()).isEqualTo(10);
        assertThat(summary.dialogues()).isPositive();
        List<SftRecord> records = LanguageSpecificPipelineTest.read(out.resolve("en_chat_specific.jsonl"),
                RecordFormat.ULTRALINK);
        assertThat(records).hasSize((int) summary.dialogues());
        Map<String, JsonLine> provenance = LanguageSpecificPipelineTest.byId(out.resolve("en_chat_specific.provenance.jsonl"));
        Map<String, Segment> byId = segments.stream().collect(Collectors.toMap(Segment::id, Function.identity()));
        for (SftRecord record : records) {
            JsonLine p = provenance.get(record.id());
            Segment s = byId.get(p.node().get("source_id").stringValue());
            assertThat(record.id()).isEqualTo("en_chat_specific_" + segments.indexOf(s));
            String q1 = record.turns().get(0).question();
            assertThat(q1).startsWith("Please answer my question based on the following document.\n"
                    + DocumentBlock.wrap(s.text()) + "\n");
            assertThat(record.messages().size() % 2).isZero();
            assertThat(p.node().get("page_id").stringValue()).isEqualTo(Long.toString(s.source().pageId()));
            assertThat(p.node().get("revision_id").stringValue()).isEqualTo(Long.toString(s.source().revisionId()));
            assertThat(p.node().get("title").stringValue()).isEqualTo(s.source().title());
            assertThat(p.node().get("url").stringValue()).startsWith("https://en.wikipedia.org/wiki?curid=");
            assertThat(p.node().get("segment_index").stringValue()).isEqualTo(Integer.toString(s.index()));
        }
    }
}
