package io.ultralink.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM, by its JIT compiler threads among them, and by its finished child processes
 * (the {@code bzip2} decompressors), so that a phase's CPU can be set beside its wall time: on a shared machine whose
 * speed drifts, where the CPU went is steadier than how long it took. Compiler and child times come from
 * {@code /proc} (Linux) and are NaN where it is missing; a compiler thread that has exited is not counted.
 */
record CpuClock(double jvmSeconds, double compilerSeconds, double childSeconds) {

    /** Clock ticks per second of {@code /proc} times on Linux. */
    private static final double TICKS = 100.0;

    /** Reads the clock now. */
    static CpuClock now() {
        double jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        return new CpuClock(jvm, readCompilerSeconds(), statSeconds(Path.of("/proc/self/stat"), 13));
    }

    /**
     * The CPU used between {@code start} and this reading, e.g.
     * {@code "JVM 14.2 s (JIT compiler threads 6.1 s) + child processes 6.6 s"}.
     */
    String since(CpuClock start) {
        return String.format("JVM %.1f s (JIT compiler threads %.1f s) + child processes %.1f s",
                jvmSeconds - start.jvmSeconds, compilerSeconds - start.compilerSeconds,
                childSeconds - start.childSeconds);
    }

    private static double readCompilerSeconds() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToDouble(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm"));
                    return comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")
                            ? statSeconds(task.resolve("stat"), 11) : 0;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The sum of two consecutive tick counts of a {@code stat} file, in seconds, {@code first} counting from field
     * 3 (so 11 is utime and stime, 13 cutime and cstime).
     */
    private static double statSeconds(Path file, int first) {
        try {
            String stat = Files.readString(file);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
