package io.ultralink.benchmarks;

import io.ultralink.benchmarks.FaultMix.Fault;
import io.ultralink.language.LanguagePacks;
import io.ultralink.text.langid.LinguaLanguageDetector;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Throughput under faults: the language-specific pipeline over real enwiki segments (120-250 tokens,
 * {@link FaultRun#SEGMENTS}), {@code C} in
 * flight, against a loopback OpenAI-compatible server answering after a fixed latency, once without
 * faults and once with issue 24's fault mix (about one answer in six a 429, 5xx, dropped connection,
 * cut-off body or empty {@code choices}), alternately for a few rounds. Each pass prints its time,
 * server requests, attempts, retries, injected faults and the records it wrote; each faulty pass
 * its time ratio to the clean pass of its round, whether its records equal the clean pass's as sets,
 * and the items lost. The last lines are the medians.
 *
 * <p>Usage: {@code FaultBenchmark [DUMP] [segments=201] [concurrency=8] [latencyMillis=100] [rounds=3]
 * [mixFactor=1]}; DUMP defaults to {@code ../shared/data/wiki/enwiki-minidump.xml.bz2}; {@code mixFactor}
 * scales every fault share (2 is a stricter mix of about one answer in three).
 */
public final class FaultBenchmark {

    private FaultBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        Path dump = Path.of(args.length > 0 ? args[0] : "../shared/data/wiki/enwiki-minidump.xml.bz2");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 201;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long latency = args.length > 3 ? Long.parseLong(args[3]) : 100;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        FaultMix mix = FaultMix.ISSUE.times(args.length > 5 ? Double.parseDouble(args[5]) : 1);
        Path work = Files.createTempDirectory("fault-bench");
        LanguagePacks packs = LanguagePacks.load();
        try (FaultyChatServer server = new FaultyChatServer(latency, 24)) {
            FaultRun.Setup setup = new FaultRun.Setup(server, packs, LinguaLanguageDetector.forPacks(packs.all()),
                    JtokkitTokenCounter.cl100k(), concurrency);
            Path segments = FaultRun.segments(dump, work, count, setup);
            System.out.printf(Locale.ROOT, "%d segments of %s, %d in flight, latency %d ms, faults %.1f%% of answers%n",
                    count, dump.getFileName(), concurrency, latency, 100 * mix.total());
            FaultRun.run(setup, FaultMix.NONE, segments, work.resolve("warm-up"));
            List<Double> ratios = new ArrayList<>();
            List<Double> cleanSeconds = new ArrayList<>();
            List<Double> faultySeconds = new ArrayList<>();
            long lostMax = 0;
            boolean allEqual = true;
            for (int r = 1; r <= rounds; r++) {
                FaultRun clean = FaultRun.run(setup, FaultMix.NONE, segments, work.resolve("clean-" + r));
                print("round " + r + " clean ", clean);
                FaultRun faulty = FaultRun.run(setup, mix, segments, work.resolve("faulty-" + r));
                print("round " + r + " faulty", faulty);
                Set<String> lost = new java.util.HashSet<>(clean.records());
                lost.removeAll(faulty.records());
                boolean equal = clean.records().equals(faulty.records());
                double ratio = faulty.seconds() / clean.seconds();
                System.out.printf(Locale.ROOT, "round %d: time ratio %.2f, records equal as sets: %s, items lost %d%n",
                        r, ratio, equal, lost.size());
                ratios.add(ratio);
                cleanSeconds.add(clean.seconds());
                faultySeconds.add(faulty.seconds());
                lostMax = Math.max(lostMax, lost.size());
                allEqual &= equal;
            }
            System.out.printf(Locale.ROOT, "median over %d rounds: clean %.1f s, faulty %.1f s, time ratio %.2f"
                    + " (min %.2f, max %.2f); records equal in every round: %s; items lost at most %d%n", rounds,
                    median(cleanSeconds), median(faultySeconds), median(ratios), ratios.stream().min(Double::compare)
                            .orElse(0.0), ratios.stream().max(Double::compare).orElse(0.0), allEqual, lostMax);
        } finally {
            delete(work);
        }
        System.exit(0);
    }

    private static void print(String label, FaultRun run) {
        long injected = run.faults().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<Fault, Long> e : run.faults().entrySet()) {
            if (e.getValue() > 0) {
                kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey().name().toLowerCase(Locale.ROOT))
                        .append(' ').append(e.getValue());
            }
        }
        System.out.printf(Locale.ROOT, "%s: %.1f s, %d server requests, %d attempts, %d retries, %d faults injected%s;"
                + " %d segments, %d records, %d failed%s; concurrency limit at the end %.1f%n", label, run.seconds(),
                run.requests(), run.attempts(), run.retries(), injected, kinds.length() == 0 ? "" : " (" + kinds + ")",
                run.summary().segments(), run.records().size(), run.failed(),
                run.failed() == 0 ? "" : " " + run.summary().failed(), run.concurrencyLimit());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
