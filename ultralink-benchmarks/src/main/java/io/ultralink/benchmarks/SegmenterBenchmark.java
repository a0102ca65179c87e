package io.ultralink.benchmarks;

import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.segment.SegmenterSettings;
import io.ultralink.text.segment.TokenBoundedSegmenter;
import io.ultralink.text.sentence.SentenceSplitter;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.tokens.TokenCounter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Warm, single-thread cost of the segmenter's stages on the cleaned articles of every {@code *wiki-minidump.xml.bz2}
 * in a directory: sentence splitting (the page language's {@link SentenceSplitter}), counting the tokens of every
 * sentence ({@code count}, {@link JtokkitTokenCounter}, {@code cl100k_base} unless another encoding is given), and
 * the whole {@link TokenBoundedSegmenter}. Each stage is warmed up (at least ten rounds and four seconds), then
 * timed over several rounds; the figure is scaled to a number of copies of the data (60, as in the preparation
 * benchmark's dump). Wall and thread CPU time are both printed; the latter is steadier on a shared machine.
 *
 * <p>Usage: {@code SegmenterBenchmark [WIKI_DIR] [rounds] [stages] [encoding]} with stages a comma list of
 * {@code sentences,count,segment} (default all), WIKI_DIR default {@code ../shared/data/wiki}, encoding
 * {@code cl100k_base} (default) or {@code o200k_base}.
 */
public final class SegmenterBenchmark {

    private static final int COPIES = 60;
    private static final int WARMUP_ROUNDS = 10;
    private static final long WARMUP_NANOS = 4_000_000_000L;

    private SegmenterBenchmark() {
    }

    /** An article's language (from its dump's name) and cleaned text. */
    private record Article(LanguageCode language, String text) {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/wiki");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String only = args.length > 2 ? args[2] : "sentences,count,segment";
        List<Article> articles = load(dir);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("%d articles, %,d cleaned chars; warm-up %d rounds and %d s, %d timed rounds%n",
                articles.size(), chars, WARMUP_ROUNDS, WARMUP_NANOS / 1_000_000_000L, rounds);
        TokenCounter counter = JtokkitTokenCounter.of(args.length > 3 ? args[3] : JtokkitTokenCounter.DEFAULT_ENCODING);
        TokenBoundedSegmenter segmenter = new TokenBoundedSegmenter(counter, SegmenterSettings.defaults());
        Map<String, LongSupplier> stages = new LinkedHashMap<>();
        stages.put("sentences", () -> {
            long sum = 0;
            for (Article a : articles) {
                sum += SentenceSplitter.forLanguage(a.language()).sentenceEnds(a.text()).length;
            }
            return sum;
        });
        stages.put("count", () -> countSentences(articles, counter));
        stages.put("segment", () -> {
            long sum = 0;
            for (Article a : articles) {
                sum += segmenter.segment(new Document(1, 1, "t", "u", a.language(), a.text())).documentTokens();
            }
            return sum;
        });
        for (Map.Entry<String, LongSupplier> stage : stages.entrySet()) {
            if (only.contains(stage.getKey())) {
                time(stage.getKey(), stage.getValue(), rounds);
            }
        }
    }

    private static long countSentences(List<Article> articles, TokenCounter counter) {
        long sum = 0;
        for (Article a : articles) {
            for (String sentence : SentenceSplitter.forLanguage(a.language()).split(a.text())) {
                sum += counter.countTokens(sentence);
            }
        }
        return sum;
    }

    private static void time(String name, LongSupplier stage, int rounds) {
        long check = 0;
        long warmupStart = System.nanoTime();
        for (int r = 0; r < WARMUP_ROUNDS || System.nanoTime() - warmupStart < WARMUP_NANOS; r++) {
            check = stage.getAsLong();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            if (stage.getAsLong() != check) {
                throw new IllegalStateException(name + " gave a different result in round " + r);
            }
        }
        double msPerCopy = (System.nanoTime() - start) / 1e6 / rounds;
        double cpuMsPerCopy = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds;
        System.out.printf("%-10s %8.2f ms per copy (thread CPU %8.2f ms) -> %6.2f s (CPU %6.2f s) for %d copies"
                + " (check %d)%n", name, msPerCopy, cpuMsPerCopy, msPerCopy * COPIES / 1000,
                cpuMsPerCopy * COPIES / 1000, COPIES, check);
    }

    private static List<Article> load(Path dir) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(dir, "*wiki-minidump.xml.bz2")) {
            for (Path dump : dumps) {
                LanguageCode language = LanguageCode.of(dump.getFileName().toString().split("wiki-", 2)[0]);
                try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
                    reader.articles(language).forEach(doc -> articles.add(new Article(language, doc.text())));
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no *wiki-minidump.xml.bz2 articles in " + dir);
        }
        return articles;
    }
}
