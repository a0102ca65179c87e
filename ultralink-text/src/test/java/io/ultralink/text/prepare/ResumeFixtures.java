package io.ultralink.text.prepare;

import io.ultralink.language.LanguageDetection;
import io.ultralink.language.LanguageDetector;
import io.ultralink.model.LanguageCode;
import io.ultralink.text.segment.TextFixtures;
import io.ultralink.text.wiki.DumpFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A dump of many pages and detectors for the resume tests (a fixed answer keeps Lingua out of them). */
final class ResumeFixtures {

    private ResumeFixtures() {
    }

    /** An English dump of {@code pages} pages: mostly long articles, with short, redirect and talk pages. */
    static Path dump(Path dir, String name, int pages) throws IOException {
        StringBuilder xml = new StringBuilder(DumpFixtures.HEAD);
        for (int i = 1; i <= pages; i++) {
            String text = i % 9 == 0 ? "A stub." : TextFixtures.english(i, 120 + (i * 37) % 200);
            xml.append(DumpFixtures.page(i, "Page " + i, i % 11 == 0 ? 1 : 0, i % 13 == 0, text));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, xml.append(DumpFixtures.TAIL));
        return file;
    }

    /** Always English, fully confident. */
    static LanguageDetector english() {
        return text -> LanguageDetection.of(LanguageCode.EN, 1.0);
    }

    /** English, but the call after {@code calls} calls throws an {@link Error}, like a crash of the process. */
    static LanguageDetector crashingAfter(int calls) {
        AtomicInteger n = new AtomicInteger();
        return text -> {
            if (n.incrementAndGet() > calls) {
                throw new SimulatedCrash();
            }
            return LanguageDetection.of(LanguageCode.EN, 1.0);
        };
    }

    /** English, after sleeping {@code millis} (so that a child process can be killed mid-run). */
    static LanguageDetector slow(long millis) {
        return text -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LanguageDetection.of(LanguageCode.EN, 1.0);
        };
    }

    /** Thrown by {@link #crashingAfter}. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
