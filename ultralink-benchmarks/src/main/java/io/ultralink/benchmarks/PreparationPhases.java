package io.ultralink.benchmarks;

import io.ultralink.model.LanguageCode;
import io.ultralink.text.prepare.KnowledgePreparation;
import io.ultralink.text.prepare.PreparationReport;
import io.ultralink.text.wiki.PageFilter;
import io.ultralink.text.wiki.WikiDumpReader;
import io.ultralink.text.wiki.WikiPage;
import io.ultralink.text.wiki.WikitextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The two measured phases of knowledge preparation on one dump, shared by {@link PreparationBenchmark} and
 * {@link PreparationJmh}: (a) read and clean only, (b) the full {@link KnowledgePreparation} pipeline.
 */
final class PreparationPhases {

    private PreparationPhases() {
    }

    /** What (a) read: pages, the articles among them, and the characters before and after cleaning. */
    record ReadAndClean(long pages, long articles, long wikitextChars, long cleanChars) {
    }

    /**
     * What (b) produced: its wall time (the output's digest not included), its report, and the size and SHA-256
     * of its output file (empty when not asked for).
     */
    record Full(double seconds, PreparationReport report, long outputBytes, String sha256) {
    }

    /**
     * (a): decompresses and parses {@code dump} on this thread, filters its pages, and cleans the articles on
     * {@code threads} worker threads (at most eight pages per thread waiting).
     */
    static ReadAndClean readAndClean(Path dump, int threads) throws InterruptedException, ExecutionException {
        long pages = 0;
        long articles = 0;
        long wikitextChars = 0;
        long cleanChars = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<Integer>> pending = new ArrayDeque<>();
        try (WikiDumpReader reader = WikiDumpReader.open(dump)) {
            while (reader.hasNext()) {
                WikiPage page = reader.next();
                pages++;
                wikitextChars += page.wikitext().length();
                if (PageFilter.create().check(page).isEmpty()) {
                    articles++;
                    pending.add(pool.submit(() -> WikitextCleaner.create().clean(page.wikitext()).length()));
                }
                while (pending.size() > threads * 8 || !pending.isEmpty() && pending.peek().isDone()) {
                    cleanChars += pending.poll().get();
                }
            }
            while (!pending.isEmpty()) {
                cleanChars += pending.poll().get();
            }
        } finally {
            pool.shutdown();
        }
        return new ReadAndClean(pages, articles, wikitextChars, cleanChars);
    }

    /**
     * (b): runs the full pipeline on {@code threads} threads into a temporary file, deleted afterwards with its
     * checkpoint. Pages of every pack language are kept, the language taken from detection, unless
     * {@code language} names the dump's language.
     */
    static Full full(Path dump, int threads, String language, boolean digest) throws IOException {
        Path out = Files.createTempFile("ultralink-bench-segments", ".jsonl");
        try {
            long start = System.nanoTime();
            KnowledgePreparation.Builder builder = KnowledgePreparation.builder().threads(threads);
            builder = language.isBlank() ? builder.languageFromDetection(true)
                    : builder.language(LanguageCode.of(language));
            PreparationReport report = builder.build().run(List.of(dump), out);
            double seconds = (System.nanoTime() - start) / 1e9;
            String sha = digest ? HexFormat.of().formatHex(sha256(out)) : "";
            return new Full(seconds, report, Files.size(out), sha);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(KnowledgePreparation.checkpointFile(out));
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
