package io.ultralink.llm.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.llm.ChatResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs, each with its own {@link ResponseCache} instance, on one SQLite file. */
class CrossProcessCacheTest {

    @TempDir
    Path dir;

    /** A child JVM running {@link CacheWriterProcess} with {@code args}; stdout piped, stderr inherited. */
    private static Process child(String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, CacheWriterProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Waits for {@code p} and returns its last output line. */
    private static String finish(Process p, BufferedReader out) throws Exception {
        String last = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            last = line;
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("child exited").isTrue();
        assertThat(p.exitValue()).as("child exit code").isZero();
        return last;
    }

    private static BufferedReader stdout(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void chat_answerWrittenByChildJvm_hitsInParentAndChangedVersionMisses() throws Exception {
        Path file = dir.resolve("cache.sqlite");
        Process p = child(file.toString(), "v1", "What is water?", "1");
        String report = finish(p, stdout(p));
        assertThat(report).isEqualTo("calls=1 hits=0 writes=1");
        CacheWriterProcess.SigningModel parentModel = new CacheWriterProcess.SigningModel(ProcessHandle.current().pid());

        try (ResponseCache cache = ResponseCache.open(file)) {
            CachingChatModel caching = new CachingChatModel(parentModel, cache, "openai");
            ChatResponse hit = caching.chat(CacheWriterProcess.request("What is water? 0", "v1"));

            assertThat(hit.text()).isEqualTo(CacheWriterProcess.answer(p.pid(), "What is water? 0"));
            assertThat(parentModel.calls()).isZero();
            assertThat(cache.stats()).isEqualTo(new CacheStats(1, 0, 0));

            ChatResponse miss = caching.chat(CacheWriterProcess.request("What is water? 0", "v2"));

            assertThat(miss.text()).isEqualTo(CacheWriterProcess.answer(ProcessHandle.current().pid(),
                    "What is water? 0"));
            assertThat(parentModel.calls()).isEqualTo(1);
            assertThat(cache.stats()).isEqualTo(new CacheStats(1, 1, 1));
            assertThat(cache.size()).isEqualTo(2);
        }
    }

    @Test
    void chat_parentAndChildWritingAtOnce_bothSetsStoredAndReadableByEither() throws Exception {
        Path file = dir.resolve("shared.sqlite");
        int count = 60;
        Process p = child(file.toString(), "v1", "child question", String.valueOf(count), "wait");
        BufferedReader out = stdout(p);
        assertThat(out.readLine()).isEqualTo("ready");
        CacheWriterProcess.SigningModel parentModel = new CacheWriterProcess.SigningModel(ProcessHandle.current().pid());

        try (ResponseCache cache = ResponseCache.open(file)) {
            CachingChatModel caching = new CachingChatModel(parentModel, cache, "openai");
            try (OutputStream in = p.getOutputStream()) {
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < count; i++) {
                caching.chat(CacheWriterProcess.request("parent question " + i, "v1"));
            }
            assertThat(finish(p, out)).isEqualTo("calls=" + count + " hits=0 writes=" + count);

            assertThat(cache.size()).isEqualTo(2L * count);
            for (int i = 0; i < count; i++) {
                String question = "child question " + i;
                assertThat(caching.chat(CacheWriterProcess.request(question, "v1")).text())
                        .isEqualTo(CacheWriterProcess.answer(p.pid(), question));
            }
            assertThat(parentModel.calls()).isEqualTo(count);
            assertThat(cache.stats()).isEqualTo(new CacheStats(count, count, count));
        }
    }
}
