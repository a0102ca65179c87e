package io.ultralink.benchmarks;

import io.ultralink.format.Mappers;
import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.llm.resilience.ResilientChatModel;
import io.ultralink.pipeline.specific.LanguageSpecificPipeline;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.tokens.TokenCounter;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Client overhead of the online path with real segments of the paper's size (1-2K tokens, from a
 * Wikipedia dump): the language-specific pipeline, through the SDK's default resilience around
 * {@code OpenAiChatModel}, against a loopback OpenAI-compatible server in a child JVM
 * ({@link ChatServerProcess}) that answers after a fixed latency {@code L}, {@code C} dialogues in
 * flight. As the server runs in another process, the CPU this JVM uses is the client's alone.
 *
 * <p>Each case ({@code LxC}) runs {@value #WARM_UP_PASSES} warm-up passes (not counted) and then {@code passes} measured ones,
 * printing per pass the wall time, the calls, the ideal time {@code L x calls / C} and its share of the
 * wall time, this JVM's CPU per call (also without its JIT compiler threads, whose work is not per call), and the load
 * average, as the machine may be shared; then the medians. The share of the ideal is split into the mean
 * calls in flight (below {@code C} at the end of a pass and between dialogues) and the mean duration of a
 * call as the pipeline sees it (above {@code L} by the client's time per call and the waits for a core). The dump has few 1-2K-token segments, so
 * every segment is given to several dialogues under distinct ids, enough for {@code slots} dialogues
 * per slot in flight.
 *
 * <p>Usage: {@code OverheadBenchmark [DUMP] [cases=200x64,100x8] [passes=3] [slots=16]}; DUMP defaults to
 * {@code ../shared/data/wiki/enwiki-minidump.xml.bz2}. Run with JFR
 * ({@code -XX:StartFlightRecording=filename=overhead.jfr}) to find the client's hot spots.
 */
public final class OverheadBenchmark {

    /** The paper's segment bounds: documents of 1K-10K tokens cut into segments of 1K-2K. */
    static final SegmenterSettings PAPER_SEGMENTS = new SegmenterSettings(1_000, 10_000, 1_000, 2_000);

    /** Passes run before the measured ones, until the JIT compiler has mostly done its work. */
    static final int WARM_UP_PASSES = 2;

    private OverheadBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        Path dump = Path.of(args.length > 0 ? args[0] : "../shared/data/wiki/enwiki-minidump.xml.bz2");
        String[] cases = (args.length > 1 ? args[1] : "200x64,100x8").split(",");
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int slots = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        Path work = Files.createTempDirectory("overhead-bench");
        LanguagePacks packs = LanguagePacks.load();
        LanguageDetector detector = LinguaLanguageDetector.forPacks(packs.all());
        TokenCounter counter = JtokkitTokenCounter.cl100k();
        List<String> segments = segments(dump, work, packs, detector, counter);
        List<String> summary = new ArrayList<>();
        for (String c : cases) {
            String[] lc = c.split("x");
            long latency = Long.parseLong(lc[0]);
            int concurrency = Integer.parseInt(lc[1]);
            int copies = Math.max(1, (slots * concurrency + segments.size() - 1) / segments.size());
            Path input = copies(segments, copies, work.resolve(c + ".jsonl"));
            System.out.printf(Locale.ROOT, "%d segments (1-2K tokens) of %s x %d dialogues each, %d in flight, "
                    + "latency %d ms, %d cores%n", segments.size(), dump.getFileName(), copies, concurrency, latency,
                    Runtime.getRuntime().availableProcessors());
            try (ChatServerProcess server = ChatServerProcess.start(latency, Math.max(64, 2 * concurrency))) {
                for (int w = 0; w < WARM_UP_PASSES; w++) {
                    pass(server, packs, detector, counter, concurrency, input, work.resolve(c + "-warm-up-" + w));
                }
                double[] shares = new double[passes];
                double[] cpuPerCall = new double[passes];
                double[] steadyPerCall = new double[passes];
                for (int p = 0; p < passes; p++) {
                    CpuClock before = CpuClock.now();
                    Pass run = pass(server, packs, detector, counter, concurrency, input, work.resolve(c + "-" + p));
                    CpuClock after = CpuClock.now();
                    double cpu = after.jvmSeconds() - before.jvmSeconds();
                    double jit = after.compilerSeconds() - before.compilerSeconds();
                    double ideal = latency / 1000.0 * run.calls() / concurrency;
                    shares[p] = ideal / run.seconds();
                    cpuPerCall[p] = 1000 * cpu / Math.max(1, run.calls());
                    steadyPerCall[p] = 1000 * (cpu - jit) / Math.max(1, run.calls());
                    System.out.printf(Locale.ROOT, "pass %d: %.2f s, %d calls, L x calls / C = %.2f s (%.1f%%), client "
                            + "CPU %.2f s (JIT %.2f s) = %.3f ms per call (%.3f ms without JIT); %.1f calls in flight on "
                            + "average, a call %.1f ms; load average %.2f%n", p + 1, run.seconds(), run.calls(), ideal,
                            100 * shares[p], cpu, jit, cpuPerCall[p], steadyPerCall[p], run.meanInFlight(),
                            run.meanCallMillis(), load());
                }
                Arrays.sort(shares);
                Arrays.sort(cpuPerCall);
                Arrays.sort(steadyPerCall);
                String line = String.format(Locale.ROOT, "%s: median %.1f%% of L x calls / C, %.3f ms client CPU per call"
                        + " (%.3f ms without JIT)", c, 100 * shares[passes / 2], cpuPerCall[passes / 2],
                        steadyPerCall[passes / 2]);
                System.out.println(line);
                summary.add(line);
            }
        }
        summary.forEach(System.out::println);
    }

    private record Pass(double seconds, long calls, double meanInFlight, double meanCallMillis) {
    }

    private static Pass pass(ChatServerProcess server, LanguagePacks packs, LanguageDetector detector,
            TokenCounter counter, int concurrency, Path input, Path out) {
        OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("bench").modelName("bench")
                .timeout(Duration.ofSeconds(30)).build();
        try (ResilientChatModel model = ResilientChatModel.builder(http).maxConcurrency(concurrency).build()) {
            InFlightMeter meter = new InFlightMeter(model);
            long start = System.nanoTime();
            LanguageSpecificPipeline.builder().model(meter).packs(packs).detector(detector).tokenCounter(counter)
                    .seed(FaultRun.SEED).concurrency(concurrency).outputDir(out).build().run(input);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Pass(seconds, model.stats().attempts(), meter.meanInFlight(seconds), meter.meanCallMillis());
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The 1-2K-token segments of {@code dump}, as JSON lines. */
    private static List<String> segments(Path dump, Path work, LanguagePacks packs, LanguageDetector detector,
            TokenCounter counter) throws IOException {
        Path all = work.resolve(dump.getFileName() + ".paper-segments.jsonl");
        KnowledgePreparation.builder().packs(packs).tokenCounter(counter).languageDetector(detector)
                .segmenterSettings(PAPER_SEGMENTS).build().run(List.of(dump), all);
        try (Stream<String> lines = Files.lines(all)) {
            return lines.filter(l -> !l.isBlank()).toList();
        }
    }

    /** Every segment {@code copies} times, the k-th copy with index {@code 1000 k + index} (so its own id). */
    private static Path copies(List<String> segments, int copies, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (String line : segments) {
                ObjectNode segment = (ObjectNode) Mappers.JSON.readTree(line);
                int index = 1000 * k + segment.path("index").asInt();
                segment.put("index", index).put("id", segment.path("lang").asString() + "-"
                        + segment.path("pageId").asLong() + "-" + segment.path("revisionId").asLong() + "-" + index);
                out.add(Mappers.JSON.writeValueAsString(segment));
            }
        }
        return Files.write(file, out);
    }
}
