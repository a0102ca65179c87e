package io.ultralink.benchmarks;

import io.ultralink.language.LanguagePacks;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Orchestration overhead of the online path with real segments of the paper's size (1-2K tokens, from
 * a Wikipedia dump): the language-specific pipeline against a loopback OpenAI-compatible server that
 * answers after a fixed latency {@code L}, {@code C} calls in flight. Prints, per pass, the wall time,
 * the calls, the ideal time {@code L x calls / C}, its share of the wall time, and the CPU this JVM
 * used per call (the loopback server's share included, so it bounds the client's from above) with
 * the system load average, as the machine may be shared. The first pass warms the JIT and is not
 * counted; the last line is the median of the measured passes.
 *
 * <p>Usage: {@code OverheadBenchmark [DUMP] [segments=201] [concurrency=8] [latencyMillis=100] [passes=3]};
 * DUMP defaults to {@code ../shared/data/wiki/enwiki-minidump.xml.bz2}. Run with JFR
 * ({@code -XX:StartFlightRecording=filename=overhead.jfr}) to find hot spots.
 */
public final class OverheadBenchmark {

    /** The paper's segment bounds: documents of 1K-10K tokens cut into segments of 1K-2K. */
    static final SegmenterSettings PAPER_SEGMENTS = new SegmenterSettings(1_000, 10_000, 1_000, 2_000);

    private OverheadBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        Path dump = Path.of(args.length > 0 ? args[0] : "../shared/data/wiki/enwiki-minidump.xml.bz2");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 201;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long latency = args.length > 3 ? Long.parseLong(args[3]) : 100;
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Path work = Files.createTempDirectory("overhead-bench");
        LanguagePacks packs = LanguagePacks.load();
        try (FaultyChatServer server = new FaultyChatServer(latency, 24)) {
            FaultRun.Setup setup = new FaultRun.Setup(server, packs, LinguaLanguageDetector.forPacks(packs.all()),
                    JtokkitTokenCounter.cl100k(), concurrency);
            Path segments = segments(dump, work, count, setup);
            long n = lines(segments);
            System.out.printf(Locale.ROOT, "%d segments (1-2K tokens) of %s, %d in flight, latency %d ms, %d cores%n",
                    n, dump.getFileName(), concurrency, latency, Runtime.getRuntime().availableProcessors());
            FaultRun.run(setup, FaultMix.NONE, segments, work.resolve("warm-up"));
            double[] shares = new double[passes];
            double[] cpuPerCall = new double[passes];
            for (int p = 0; p < passes; p++) {
                double cpuBefore = CpuClock.now().jvmSeconds();
                FaultRun run = FaultRun.run(setup, FaultMix.NONE, segments, work.resolve("pass-" + p));
                double cpu = CpuClock.now().jvmSeconds() - cpuBefore;
                double ideal = latency / 1000.0 * run.requests() / concurrency;
                shares[p] = ideal / run.seconds();
                cpuPerCall[p] = 1000 * cpu / Math.max(1, run.requests());
                System.out.printf(Locale.ROOT, "pass %d: %.2f s, %d calls, L x calls / C = %.2f s (%.0f%%), JVM CPU "
                        + "%.2f s = %.2f ms per call, load average %.2f%n", p + 1, run.seconds(), run.requests(), ideal,
                        100 * shares[p], cpu, cpuPerCall[p],
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            java.util.Arrays.sort(shares);
            java.util.Arrays.sort(cpuPerCall);
            System.out.printf(Locale.ROOT, "median: %.0f%% of L x calls / C, %.2f ms JVM CPU per call%n",
                    100 * shares[passes / 2], cpuPerCall[passes / 2]);
        }
    }

    /** The first {@code count} 1-2K-token segments of {@code dump} (all of them if it has fewer). */
    private static Path segments(Path dump, Path work, int count, FaultRun.Setup setup) throws IOException {
        Path all = work.resolve(dump.getFileName() + ".paper-segments.jsonl");
        KnowledgePreparation.builder().packs(setup.packs()).tokenCounter(setup.counter())
                .languageDetector(setup.detector()).segmenterSettings(PAPER_SEGMENTS).build().run(List.of(dump), all);
        Path first = work.resolve("first-" + count + ".jsonl");
        try (Stream<String> lines = Files.lines(all)) {
            Files.write(first, lines.filter(l -> !l.isBlank()).limit(count).toList());
        }
        return first;
    }

    private static long lines(Path file) {
        try (Stream<String> l = Files.lines(file)) {
            return l.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
