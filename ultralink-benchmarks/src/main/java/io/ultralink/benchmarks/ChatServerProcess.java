package io.ultralink.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FaultyChatServer} without faults in a child JVM, so that the CPU the benchmark's own JVM
 * reports is the client's alone. The child prints its base URL on its first line and stops when its
 * standard input closes (also when the parent dies).
 */
public final class ChatServerProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private ChatServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts a child JVM serving up to {@code threads} calls at once, each answered after {@code latencyMillis}. */
    public static ChatServerProcess start(long latencyMillis, int threads) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ChatServerProcess.class.getName(), Long.toString(latencyMillis), Integer.toString(threads));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = out.readLine();
            if (url == null || !url.startsWith("http://")) {
                p.destroyForcibly();
                throw new IllegalStateException("the chat server process did not start, it printed: " + url);
            }
            return new ChatServerProcess(p, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL up to {@code /v1}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The child's process id, e.g. to profile it apart. */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Child entry point: {@code LATENCY_MILLIS THREADS}. */
    public static void main(String[] args) throws IOException {
        try (FaultyChatServer server = new FaultyChatServer(Long.parseLong(args[0]), 24, Integer.parseInt(args[1]))) {
            System.out.println(server.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close the pipe
            }
        }
    }
}
