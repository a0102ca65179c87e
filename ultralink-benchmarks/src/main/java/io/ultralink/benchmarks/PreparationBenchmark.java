package io.ultralink.benchmarks;

import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.wiki.WikiDumpReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput of knowledge preparation on one dump: (a) read and clean only (decompress, parse, filter, clean on
 * worker threads), (b) the full {@link KnowledgePreparation} pipeline (pages of every pack language kept, the
 * language taken from detection, or with {@code -Dlanguage=en} the dump's language given, as for a one-language
 * dump). Prints wall times, throughput and peak heap.
 *
 * <p>Usage: {@code PreparationBenchmark DUMP [a|b|ab] [threads]}. When {@code bzip2} is on the PATH the program first
 * times {@code bzip2 -dc DUMP >/dev/null} (the one-core decompression floor), times it again after each phase
 * and prints each phase as a multiple of the mean of the floors just before and after it, with the CPU time the
 * JVM and its decompressor processes spent in the phase. Run with {@code -Xmx256m} to check the memory bound;
 * {@code -Drepeat=N} repeats the phases in the same JVM, so the first pass is cold (JIT compilation included) and
 * later passes show steady-state throughput.
 */
public final class PreparationBenchmark {

    private PreparationBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PreparationBenchmark DUMP [a|b|ab] [threads]");
            System.exit(2);
        }
        Path dump = Path.of(args[0]);
        String phases = args.length > 1 ? args[1] : "ab";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        System.out.printf("dump %s (%,d bytes), %d worker threads, max heap %d MB%n", dump, Files.size(dump),
                threads, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("bzip2 decompression: %s%n", System.getProperty(WikiDumpReader.EXTERNAL_BZIP2_PROPERTY,
                "auto") + (ExternalBzip2.available() ? " (bzip2 on the PATH)" : " (no bzip2 on the PATH)"));
        boolean timeFloor = ExternalBzip2.available();
        double floor = timeFloor ? floor(dump) : Double.NaN;
        int repeat = Integer.getInteger("repeat", 1);
        for (int r = 0; r < repeat; r++) {
            String pass = r == 0 ? "cold" : "warm";
            if (phases.contains("a")) {
                CpuClock cpu = CpuClock.now();
                double seconds = readAndClean(dump, threads);
                String used = CpuClock.now().since(cpu);
                floor = report("(a) read+clean, " + pass, seconds, used, floor, timeFloor, dump);
            }
            if (phases.contains("b")) {
                CpuClock cpu = CpuClock.now();
                double seconds = full(dump, threads);
                String used = CpuClock.now().since(cpu);
                floor = report("(b) full preparation, " + pass, seconds, used, floor, timeFloor, dump);
            }
        }
        System.out.printf("completed within a max heap of %d MB; largest heap pool peak %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, largestPoolPeak() >> 20);
        System.exit(0);
    }

    private static double floor(Path dump) throws Exception {
        double seconds = ExternalBzip2.timeDecompression(dump);
        System.out.printf("floor: bzip2 -dc %.2f s%n", seconds);
        return seconds;
    }

    /**
     * Prints a phase's time and CPU against the mean of the floor timed just before it and the floor timed again
     * just after it (this machine's speed drifts between minutes), and returns the latter for the next phase.
     */
    private static double report(String phase, double seconds, String cpu, double floorBefore, boolean timeFloor,
            Path dump) throws Exception {
        if (!timeFloor) {
            System.out.printf("%s: %.2f s; CPU %s%n", phase, seconds, cpu);
            return Double.NaN;
        }
        double floorAfter = floor(dump);
        double mean = (floorBefore + floorAfter) / 2;
        System.out.printf("%s: %.2f s = %.2f x the floor (mean of %.2f s before and %.2f s after); CPU %s%n", phase,
                seconds, seconds / mean, floorBefore, floorAfter, cpu);
        return floorAfter;
    }

    private static double readAndClean(Path dump, int threads) throws Exception {
        long start = System.nanoTime();
        PreparationPhases.ReadAndClean r = PreparationPhases.readAndClean(dump, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("(a) read+clean: %.2f s, %,d pages (%,d articles), %,d wikitext chars -> %,d clean chars,"
                + " %.0f pages/s%n", seconds, r.pages(), r.articles(), r.wikitextChars(), r.cleanChars(),
                r.pages() / seconds);
        return seconds;
    }

    private static double full(Path dump, int threads) throws Exception {
        PreparationPhases.Full full = PreparationPhases.full(dump, threads, System.getProperty("language", ""), true);
        PreparationReport report = full.report();
        System.out.printf("(b) full preparation: %.2f s, %,d pages read, %,d kept, %,d segments, %,d tokens,"
                + " dropped %s, output %,d bytes%n", full.seconds(), report.pagesRead(), report.pagesKept(),
                report.segmentsWritten(), report.tokensKept(), report.dropped(), full.outputBytes());
        System.out.printf("(b) output SHA-256 %s%n", full.sha256());
        return full.seconds();
    }

    /** The largest peak of a single heap pool (pools peak at different times, so their sum means nothing). */
    private static long largestPoolPeak() {
        long max = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean p : pools) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                max = Math.max(max, p.getPeakUsage().getUsed());
            }
        }
        return max;
    }
}
