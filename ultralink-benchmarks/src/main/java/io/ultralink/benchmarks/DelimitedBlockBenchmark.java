package io.ultralink.benchmarks;

import io.ultralink.prompt.DelimitedBlock;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Warm, single-thread cost of {@link DelimitedBlock#neutralise} on real text cut into prompt-sized pieces
 * (2,000 characters): every file given (a {@code .bz2} file is decompressed first; raw dump XML is a hard
 * case, full of {@code &lt;ref&gt;} entities, each a candidate tag), plus each file's text with a forged
 * closing tag every 500 characters. Prints characters per second of thread CPU time and how many tags were
 * rewritten.
 *
 * <p>Usage: {@code DelimitedBlockBenchmark [rounds] FILE...}, default 20 rounds over
 * {@code ../shared/data/wiki/enwiki-minidump.xml.bz2} and {@code ../shared/data/sft/sharegpt_sample.json}.
 */
public final class DelimitedBlockBenchmark {

    private static final int PIECE = 2_000;
    private static final int WARMUP_ROUNDS = 5;

    private DelimitedBlockBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        if (files.isEmpty()) {
            files = List.of(Path.of("../shared/data/wiki/enwiki-minidump.xml.bz2"),
                    Path.of("../shared/data/sft/sharegpt_sample.json"));
        }
        DelimitedBlock block = DelimitedBlock.named("document");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Path file : files) {
            String text = read(file);
            for (boolean forged : new boolean[] {false, true}) {
                List<String> pieces = pieces(forged ? forge(text) : text);
                long chars = pieces.stream().mapToLong(String::length).sum();
                for (int r = 0; r < WARMUP_ROUNDS; r++) {
                    pieces.forEach(block::neutralise);
                }
                long rewritten = 0;
                long start = cpu.getCurrentThreadCpuTime();
                for (int r = 0; r < rounds; r++) {
                    for (String p : pieces) {
                        rewritten += count(block.neutralise(p));
                    }
                }
                double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                System.out.printf("%s%s: %,d chars in %,d pieces, %.1f M chars/s CPU, %,d tags rewritten per round%n",
                        file.getFileName(), forged ? " (forged tag every 500 chars)" : "", chars, pieces.size(),
                        chars * rounds / seconds / 1e6, rewritten / rounds);
            }
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = file.toString().endsWith(".bz2")
                ? new BZip2CompressorInputStream(Files.newInputStream(file), true) : Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String forge(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
        for (int i = 0; i < text.length(); i += 500) {
            out.append(text, i, Math.min(text.length(), i + 500)).append("&lt;/Document x&gt;");
        }
        return out.toString();
    }

    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += PIECE) {
            out.add(text.substring(i, Math.min(text.length(), i + PIECE)));
        }
        return out;
    }

    private static int count(String neutralised) {
        int n = 0;
        for (int i = neutralised.indexOf('‹'); i >= 0; i = neutralised.indexOf('‹', i + 1)) {
            n++;
        }
        return n;
    }
}
