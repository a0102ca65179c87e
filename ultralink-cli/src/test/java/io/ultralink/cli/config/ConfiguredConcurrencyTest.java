package io.ultralink.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.model.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backend.concurrency} above the resilience default lets that many calls be in flight: a loopback
 * server holds every request until {@value #CALLS} are open at once.
 */
class ConfiguredConcurrencyTest {

    private static final int CALLS = 40;

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final CountDownLatch allOpen = new CountDownLatch(CALLS);

    @BeforeEach
    void start() throws IOException {
        byte[] body = ("{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}")
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        serverThreads = Executors.newFixedThreadPool(CALLS + 8);
        server.setExecutor(serverThreads);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            allOpen.countDown();
            try {
                allOpen.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            open.decrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void create_concurrencyAboveDefault_allowsThatManyCallsInFlight() throws Exception {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "backend:\n  provider: openai\n  model: m\n  baseUrl: http://127.0.0.1:"
                + server.getAddress().getPort() + "/v1\n  concurrency: " + CALLS + "\n");
        ResolvedConfig resolved = ConfigLoader.load(config, Map.of());
        ExecutorService callers = Executors.newFixedThreadPool(CALLS);
        try (ChatModel model = ConfiguredBackend.create(resolved, Map.of("OPENAI_API_KEY", "sk-loopback"))) {
            List<Future<ChatResponse>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                ChatRequest request = ChatRequest.builder().messages(List.of(Message.user("call " + i))).build();
                answers.add(callers.submit(() -> model.chat(request)));
            }
            for (Future<ChatResponse> a : answers) {
                assertThat(a.get(60, TimeUnit.SECONDS).text()).isEqualTo("ok");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(mostOpen.get()).as("calls in flight at once").isEqualTo(CALLS);
    }
}
