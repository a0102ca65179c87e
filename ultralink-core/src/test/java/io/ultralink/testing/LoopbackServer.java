package io.ultralink.testing;

import com.sun.net.httpserver.HttpServer;
import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * A slow chat server on the loopback interface for crash tests: {@code POST /chat} with
 * {@code {"question":bool,"seed":n,"prompt":"..."}} answers {@code {"text":"..."}} after a pause,
 * with {@link EchoModel#reply}. It outlives the client processes that are killed.
 */
public final class LoopbackServer implements AutoCloseable {

    static {
        // without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every small answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final AtomicLong requests = new AtomicLong();

    /** Starts a server that pauses {@code pauseMillis} before each answer. */
    public LoopbackServer(long pauseMillis) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/chat", exchange -> {
            try (exchange) {
                JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
                requests.incrementAndGet();
                Thread.sleep(pauseMillis);
                String text = EchoModel.reply(body.get("prompt").stringValue(), body.get("question").booleanValue(),
                        body.get("seed").longValue());
                byte[] out = Json.MAPPER.writeValueAsBytes(Json.MAPPER.createObjectNode().put("text", text));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(pool);
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
