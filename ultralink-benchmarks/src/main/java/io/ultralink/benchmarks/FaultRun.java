package io.ultralink.benchmarks;

import io.ultralink.benchmarks.FaultMix.Fault;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.llm.resilience.ResilienceStats;
import io.ultralink.llm.resilience.ResilientChatModel;
import io.ultralink.model.LanguageCode;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.pipeline.specific.RunSummary;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One pass of {@link LanguageSpecificPipeline} over real segments against a {@link FaultyChatServer},
 * through the SDK's default resilience ({@code ResilientChatModel} with its defaults around
 * {@code OpenAiChatModel}), as the CLI's {@code generate} runs it.
 *
 * @param seconds wall time of the pass
 * @param requests requests the server received
 * @param attempts attempts the resilience layer sent
 * @param retries retries it scheduled
 * @param faults faults the server injected, by kind
 * @param records the UltraLink records written
 * @param failed segments recorded as failed
 * @param concurrencyLimit the adaptive limit on attempts in flight at the end
 * @param summary the pipeline's counts
 */
public record FaultRun(double seconds, long requests, long attempts, long retries, Map<Fault, Long> faults,
        Set<String> records, long failed, double concurrencyLimit, RunSummary summary) {

    /** The seed of the dialogues, as in the quickstart. */
    public static final long SEED = 42;

    /** Documents of 120-10,000 tokens cut into segments of 120-250 tokens, as in the quickstart. */
    public static final SegmenterSettings SEGMENTS = new SegmenterSettings(120, 10_000, 120, 250);

    /** The same pass, every collaborator shared across passes. */
    public record Setup(FaultyChatServer server, LanguagePacks packs, LanguageDetector detector, TokenCounter counter,
            int concurrency) {
    }

    /** Runs one pass with {@code mix} over {@code segments} into the fresh folder {@code out}. */
    public static FaultRun run(Setup setup, FaultMix mix, Path segments, Path out) {
        setup.server().mix(mix);
        setup.server().resetCounts();
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(setup.server().baseUrl()).apiKey("bench")
                .modelName("bench").timeout(Duration.ofSeconds(30)).build();
        try (ResilientChatModel model = ResilientChatModel.builder(http).build()) {
            long start = System.nanoTime();
            RunSummary summary = LanguageSpecificPipeline.builder().model(model).packs(setup.packs())
                    .detector(setup.detector()).tokenCounter(setup.counter()).seed(SEED)
                    .concurrency(setup.concurrency()).outputDir(out).build().run(segments);
            double seconds = (System.nanoTime() - start) / 1e9;
            ResilienceStats stats = model.stats();
            return new FaultRun(seconds, setup.server().requests(), stats.attempts(), stats.retries(),
                    setup.server().faults(), records(out), summary.failedTotal(), model.concurrencyLimit(), summary);
        }
    }

    /** The records of every language's records file in {@code out}, as a set of lines. */
    static Set<String> records(Path out) {
        Set<String> lines = new HashSet<>();
        for (LanguageCode lang : List.of(LanguageCode.of("en"), LanguageCode.of("zh"), LanguageCode.of("ru"),
                LanguageCode.of("fr"), LanguageCode.of("es"))) {
            Path file = LanguageSpecificPipeline.recordsFile(out, lang);
            if (Files.exists(file)) {
                try {
                    lines.addAll(Files.readAllLines(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return lines;
    }

    /**
     * The first {@code count} segments of {@code dump}, prepared once into {@code work} with the
     * quickstart's bounds ({@link #SEGMENTS}), so that the small minidump yields a few hundred.
     */
    public static Path segments(Path dump, Path work, int count, Setup setup) {
        try {
            Path all = work.resolve(dump.getFileName() + ".segments.jsonl");
            if (!Files.exists(all) || !Files.exists(KnowledgePreparation.checkpointFile(all))) {
                Files.createDirectories(work);
                KnowledgePreparation.builder().packs(setup.packs()).tokenCounter(setup.counter())
                        .languageDetector(setup.detector()).segmenterSettings(SEGMENTS).build().run(List.of(dump), all);
            }
            Path first = work.resolve(dump.getFileName() + ".first-" + count + ".jsonl");
            try (Stream<String> lines = Files.lines(all)) {
                List<String> kept = lines.filter(l -> !l.isBlank()).limit(count).toList();
                if (kept.size() < count) {
                    throw new IllegalArgumentException(dump + " gives only " + kept.size() + " segments, not " + count);
                }
                Files.write(first, kept);
            }
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
