package io.ultralink.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;

/**
 * The private folder of one task attempt, emptied when it starts: what the pipeline writes there leaves the task
 * only as rows, through the job's output commit, so a failed or speculative attempt's files count for nothing.
 * Not API.
 */
public final class Scratch {

    private Scratch() {
    }

    /** A fresh, empty folder for the running task attempt (or for this JVM outside a task). */
    public static Path forAttempt(String stage) {
        TaskContext task = TaskContext.get();
        String name = stage + "-" + (task == null ? "driver-" + ProcessHandle.current().pid()
                : task.stageId() + "-" + task.partitionId() + "-" + task.taskAttemptId());
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ultralink-spark", name);
        delete(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the task folder " + dir, e);
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the task folder " + dir, e);
        }
    }
}
