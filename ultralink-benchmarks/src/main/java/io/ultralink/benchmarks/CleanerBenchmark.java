package io.ultralink.benchmarks;

import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link WikitextCleaner} on the articles of the wiki minidumps held in memory: one
 * "copy" is every article of every {@code *wiki-minidump.xml.bz2} in the directory. Warm-up rounds, then timed
 * rounds, each printing milliseconds per copy and MB/s (millions of wikitext chars per second), then the median and
 * best timed round.
 *
 * <p>With {@code --golden FILE} it instead cleans every page (all namespaces) of the minidumps and of
 * {@code tinywiki-pages-articles.xml} and writes one SHA-256 of the cleaned text per page to FILE, or, when FILE
 * exists, compares with it and reports every page whose output changed (exit status 1 if any).
 *
 * <p>Usage: {@code CleanerBenchmark [--dir DIR] [--warmup N] [--rounds N] [--golden FILE]}; DIR defaults to
 * {@code ../shared/data/wiki}.
 */
public final class CleanerBenchmark {

    private static final String TINY = "tinywiki-pages-articles.xml";

    private CleanerBenchmark() {
    }

    /** Runs the benchmark or the golden check. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/data/wiki");
        int warmup = 30;
        int rounds = 10;
        Path golden = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--golden" -> golden = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: CleanerBenchmark [--dir DIR] [--warmup N] [--rounds N] [--golden FILE]");
                    System.exit(2);
                }
            }
        }
        List<Path> dumps = minidumps(dir);
        if (dumps.isEmpty()) {
            System.err.println("no *wiki-minidump.xml.bz2 in " + dir.toAbsolutePath());
            System.exit(2);
        }
        if (golden != null) {
            List<Path> all = new ArrayList<>(dumps);
            if (Files.exists(dir.resolve(TINY))) {
                all.add(dir.resolve(TINY));
            }
            System.exit(golden(all, golden) ? 0 : 1);
        }
        time(articles(dumps), warmup, rounds);
    }

    private static List<Path> minidumps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("wiki-minidump.xml.bz2")).sorted().toList();
        }
    }

    private static List<String> articles(List<Path> dumps) {
        List<String> texts = new ArrayList<>();
        for (Path dump : dumps) {
            try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
                reader.forEachRemaining(page -> {
                    if (PageFilter.create().check(page).isEmpty()) {
                        texts.add(page.wikitext());
                    }
                });
            }
        }
        return texts;
    }

    private static void time(List<String> texts, int warmup, int rounds) {
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d articles, %,d chars of wikitext per copy%n", texts.size(), chars);
        WikitextCleaner cleaner = WikitextCleaner.create();
        long sink = 0;
        double[] timed = new double[rounds];
        for (int r = 0; r < warmup + rounds; r++) {
            long start = System.nanoTime();
            for (String text : texts) {
                sink += cleaner.clean(text).length();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("%s round %d: %.1f ms per copy, %.1f MB/s%n", r < warmup ? "warm-up" : "timed",
                    r + 1, ms, chars / 1e3 / ms);
            if (r >= warmup) {
                timed[r - warmup] = ms;
            }
        }
        if (rounds > 0) {
            Arrays.sort(timed);
            double median = timed[rounds / 2];
            System.out.printf("timed rounds: median %.1f ms per copy (%.1f MB/s), best %.1f ms (checksum %d)%n",
                    median, chars / 1e3 / median, timed[0], sink);
        }
    }

    private static boolean golden(List<Path> files, Path golden) throws IOException, NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            try (WikiDumpReader reader = WikiDumpReader.open(file)) {
                while (reader.hasNext()) {
                    WikiPage page = reader.next();
                    byte[] clean = WikitextCleaner.create().clean(page.wikitext()).getBytes(StandardCharsets.UTF_8);
                    lines.add(file.getFileName() + "\t" + page.id() + "\t" + page.namespace() + "\t"
                            + HexFormat.of().formatHex(sha.digest(clean)));
                }
            }
        }
        if (!Files.exists(golden)) {
            Files.write(golden, lines);
            System.out.printf("wrote %d page hashes to %s%n", lines.size(), golden);
            return true;
        }
        List<String> expected = Files.readAllLines(golden);
        int differ = 0;
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(missing)";
            String got = i < lines.size() ? lines.get(i) : "(missing)";
            if (!want.equals(got)) {
                if (differ++ < 20) {
                    System.out.println("differs: expected " + want + " got " + got);
                }
            }
        }
        System.out.printf("%d pages, %d differ from %s%n", lines.size(), differ, golden);
        return differ == 0;
    }
}
