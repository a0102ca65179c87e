package io.ultralink.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH measurement of knowledge preparation on one dump in steady state, the JIT's warm-up left to the warm-up
 * iterations. {@code floor} times {@code bzip2 -dc DUMP >/dev/null} (the one-core decompression floor),
 * {@code readAndClean} phase (a) and {@code fullPreparation} phase (b) of {@link PreparationBenchmark}; each is a
 * single shot per iteration, in a fork of its own with {@code -Xmx256m}. For a cold JVM's figures, run
 * {@link PreparationBenchmark}.
 *
 * <p>Usage: {@code java -cp CLASSPATH org.openjdk.jmh.Main PreparationJmh -p dump=/tmp/bench.xml.bz2}; JMH's
 * options apply ({@code -wi}, {@code -i}, {@code -f}, {@code -p threads=N}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PreparationJmh {

    /** The dump to prepare: a {@code .xml.bz2} file. */
    @Param("")
    public String dump;

    /** Worker threads; 0 means one per available processor. */
    @Param("0")
    public int threads;

    private Path file;
    private int workers;

    /** Checks the dump and the floor's {@code bzip2} before any iteration. */
    @Setup(Level.Trial)
    public void check() {
        file = Path.of(dump);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("pass the dump as -p dump=FILE (a .xml.bz2 file); was '" + dump + "'");
        }
        if (!ExternalBzip2.available()) {
            throw new IllegalStateException("bzip2 is not on the PATH; the floor cannot be timed");
        }
        workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The floor: {@code bzip2 -dc DUMP >/dev/null}. */
    @Benchmark
    public double floor() throws Exception {
        return ExternalBzip2.timeDecompression(file);
    }

    /** Phase (a): read and clean only; returns the clean characters. */
    @Benchmark
    public long readAndClean() throws Exception {
        return PreparationPhases.readAndClean(file, workers).cleanChars();
    }

    /** Phase (b): the full preparation; returns the tokens kept. */
    @Benchmark
    public long fullPreparation() throws Exception {
        return PreparationPhases.full(file, workers, "", false).report().tokensKept();
    }
}
