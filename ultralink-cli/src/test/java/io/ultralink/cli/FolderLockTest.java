package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one output folder: while an {@code ultralink run} child process works on it (held
 * inside its first model call), every command started on the same folder is refused with exit 2,
 * naming the holder's pid, and changes nothing there.
 */
class FolderLockTest {

    private static final List<String> COMMANDS = List.of("prepare", "generate", "filter", "translate", "prune", "mix",
            "stats", "run");

    @TempDir
    Path dir;

    @Test
    void everyCommand_onAFolderAnotherProcessHolds_isRefusedNamingThePid() throws Exception {
        Path out = dir.resolve("out");
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ModelServer server = new ModelServer(0, "m1")) {
            server.gate(digest -> {
                inside.countDown();
                release.await();
                return 200;
            });
            Process child = ChildCli.start(dir.resolve("child.log"), Map.of("OPENAI_BASE_URL", server.baseUrl()),
                    "run", QuickstartRunTest.QUICKSTART.toAbsolutePath().toString(), "--output", out.toString(),
                    "--model", "m1", "--quiet");
            try {
                assertThat(inside.await(60, TimeUnit.SECONDS)).as(log()).isTrue();
                long before = fileCount(out);
                for (String command : COMMANDS) {
                    CliHarness h = new CliHarness(Map.of("OPENAI_BASE_URL", server.baseUrl()), null);
                    String[] args = command.equals("run")
                            ? new String[] {"run", QuickstartRunTest.QUICKSTART.toString(), "-o", out.toString(), "-q"}
                            : new String[] {command, "-c", QuickstartRunTest.QUICKSTART.toString(), "-o", out.toString(),
                                "-q"};

                    int code = h.run(args);

                    assertThat(code).as(command + ": " + h.err()).isEqualTo(2);
                    assertThat(h.err()).as(command).contains("is in use by process " + child.pid())
                            .contains("(ultralink run)");
                }
                assertThat(fileCount(out)).as("the refused commands wrote nothing").isEqualTo(before);
            } finally {
                release.countDown();
                server.gate(digest -> 200);
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(log()).isZero();
        }
        CliHarness after = new CliHarness();
        assertThat(after.run("stats", "-o", out.toString(), "-q")).as("the lock is gone with its holder").isZero();
    }

    private String log() throws IOException {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static long fileCount(Path out) throws IOException {
        try (var files = Files.walk(out)) {
            return files.count();
        }
    }
}
