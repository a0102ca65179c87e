package io.ultralink.llm.bench;

import com.sun.management.OperatingSystemMXBean;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.contract.Replies;
import io.ultralink.llm.openai.OpenAiChatModel;
import io.ultralink.llm.resilience.ResilientChatModel;
import io.ultralink.model.Message;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Throughput of the HTTP stack under concurrency: a loopback MockWebServer answers every call after
 * a fixed latency L; C callers send N calls through {@code ResilientChatModel(OpenAiChatModel)}.
 * Reports calls/s against the ideal C/L and CPU per call. The CPU figure is the whole process's,
 * the in-JVM mock server included, so it is an upper bound for the client.
 *
 * <p>The mock server's sockets use TCP_NODELAY as real servers do; {@code -Dnagle} turns that off.
 *
 * <p>Arguments: {@code [latencyMillis=200] [concurrency=64] [calls=1280] [raw]}; {@code raw} calls the
 * HTTP backend directly, without the resilience decorator, for comparison.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    /** Runs the benchmark and prints one result line. */
    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1280;
        boolean raw = args.length > 3 && args[3].equals("raw");
        String body = Replies.openAiBody("A short answer of a few words.", "stop", 120, 0, 8);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger maxConnection = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    maxConnection.accumulateAndGet(request.getConnectionIndex(), Math::max);
                    try {
                        Thread.sleep(latency);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    return Replies.json(200, body);
                }
            });
            if (System.getProperty("nagle") == null) {
                // MockWebServer writes headers and body separately; with Nagle on its sockets each
                // answer waits for the client's delayed ACK (~40 ms on Linux). Real servers set TCP_NODELAY.
                server.setServerSocketFactory(NoDelay.server());
            }
            server.start();
            OpenAiChatModel http = OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("bench")
                    .modelName("bench").timeout(Duration.ofSeconds(30)).build();
            ResilientChatModel model = ResilientChatModel.builder(http).maxConcurrency(concurrency).build();
            ExecutorService callers = Executors.newFixedThreadPool(concurrency);
            ChatModel target = raw ? http : model;
            run(target, callers, concurrency * 2);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            run(target, callers, calls);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMillisPerCall = (os.getProcessCpuTime() - cpu0) / 1e6 / calls;
            double ideal = concurrency * 1000.0 / latency;
            System.out.printf(Locale.ROOT, (raw ? "raw " : "resilient ") + "L=%d ms C=%d N=%d: %.1f calls/s, ideal C/L %.1f calls/s, %.1f%% of ideal;"
                    + " process CPU %.3f ms/call (mock server included); attempts %d; server max in flight %d, connections %d%n",
                    latency, concurrency, calls, calls / seconds, ideal, 100 * calls / seconds / ideal, cpuMillisPerCall,
                    model.stats().attempts(), maxInFlight.get(), maxConnection.get() + 1);
            callers.shutdown();
            model.close();
        }
        System.exit(0);
    }

    private static void run(ChatModel model, ExecutorService callers, int calls) {
        ChatRequest request = ChatRequest.builder().addMessage(Message.user("Say something short.")).maxTokens(16)
                .build();
        List<CompletableFuture<?>> futures = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            futures.add(CompletableFuture.runAsync(() -> model.chat(request), callers));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    }
}
