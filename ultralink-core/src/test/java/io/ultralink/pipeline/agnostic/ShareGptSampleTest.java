package io.ultralink.pipeline.agnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.format.BadLinePolicy;
import io.ultralink.language.LanguagePacks;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.source.SourceFormat;
import io.ultralink.source.SourceReader;
import io.ultralink.testing.agnostic.FakeAgnosticModel;
import io.ultralink.testing.agnostic.MarkerLanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared ShareGPT sample through the whole pipeline with a fake translating model. */
class ShareGptSampleTest {

    @TempDir
    Path out;

    @Test
    void sample_isFilteredAndTranslated_withEveryRejectionExplained() throws Exception {
        Path file = Path.of(System.getProperty("ultralink.shared.dir", "../../shared"), "data", "sft",
                "sharegpt_sample.json");
        Assumptions.assumeTrue(Files.exists(file), "shared ShareGPT sample absent");
        FakeAgnosticModel model = new FakeAgnosticModel(Set.of("Australia", "Queensland", "New York"));
        LanguageAgnosticPipeline p = LanguageAgnosticPipeline.builder(model, LanguagePacks.builder().addBuiltIn().build(),
                new MarkerLanguageDetector(LanguageCode.ES)).targets(List.of(LanguageCode.ES)).seed(1).concurrency(2)
                .outputDir(out).build();
        AgnosticSummary s;
        try (SourceReader in = SourceReader.open(file, SourceFormat.SHAREGPT, BadLinePolicy.FAIL)) {
            s = p.run(in, DataType.CHAT_AGNOSTIC);
        }
        assertThat(s.judged()).isEqualTo(50);
        assertThat(s.kept() + s.dropped()).isEqualTo(50);
        long rejected = s.rejected().getOrDefault(LanguageCode.ES, 0L);
        assertThat(s.translated().getOrDefault(LanguageCode.ES, 0L) + rejected).isEqualTo(s.kept());
        assertThat(Files.readAllLines(out.resolve("failures.jsonl"))).hasSize((int) rejected);
    }
}
