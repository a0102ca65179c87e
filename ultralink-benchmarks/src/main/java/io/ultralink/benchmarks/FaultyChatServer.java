package io.ultralink.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ultralink.benchmarks.FaultMix.Fault;
import io.ultralink.format.Mappers;
import io.ultralink.language.DialoguePrompts;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat-completions server on the loopback interface for dialogue generation:
 * every call is answered after a fixed latency, with an English question or answer that depends only
 * on the request (so two runs over the same segments write the same records), unless the
 * {@link FaultMix} draws a fault for it. A call asks for a question when its prompt holds one of the
 * packs' question instructions.
 */
public final class FaultyChatServer implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]{3,}\\b");

    static {
        // without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every small answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final long latencyMillis;
    private final List<String> questionInstructions = new ArrayList<>();
    private final SplittableRandom random;
    private volatile FaultMix mix = FaultMix.NONE;
    private final AtomicLong requests = new AtomicLong();
    private final Map<Fault, AtomicLong> faults = new EnumMap<>(Fault.class);

    /** Starts a server answering after {@code latencyMillis}, drawing faults from {@code seed}, 64 calls at once. */
    public FaultyChatServer(long latencyMillis, long seed) {
        this(latencyMillis, seed, 64);
    }

    /** Starts a server answering up to {@code threads} calls at once, each after {@code latencyMillis}. */
    public FaultyChatServer(long latencyMillis, long seed, int threads) {
        this.latencyMillis = latencyMillis;
        this.pool = Executors.newFixedThreadPool(threads);
        this.random = new SplittableRandom(seed);
        for (Fault f : Fault.values()) {
            faults.put(f, new AtomicLong());
        }
        for (LanguagePack pack : LanguagePacks.load().all()) {
            DialoguePrompts d = pack.dialogue();
            questionInstructions.addAll(List.of(d.initialQuestion().strip(), d.inDepthQuestion().strip(),
                    d.expansiveQuestion().strip()));
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(pool);
        server.start();
    }

    /** The base URL up to {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The faults to inject from now on. */
    public void mix(FaultMix value) {
        mix = value;
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    /** Faults injected so far, by kind. */
    public Map<Fault, Long> faults() {
        Map<Fault, Long> out = new EnumMap<>(Fault.class);
        faults.forEach((f, n) -> out.put(f, n.get()));
        return out;
    }

    /** Forgets the counts. */
    public void resetCounts() {
        requests.set(0);
        faults.values().forEach(n -> n.set(0));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = Mappers.JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.incrementAndGet();
            Fault fault;
            synchronized (random) {
                fault = mix.pick(random.nextDouble());
            }
            sleep();
            if (fault != null) {
                faults.get(fault).incrementAndGet();
                fail(exchange, fault);
                return;
            }
            send(exchange, 200, completion(reply(body)), Map.of());
        }
    }

    private void fail(HttpExchange exchange, Fault fault) throws IOException {
        String error = "{\"error\":{\"message\":\"injected " + fault + "\"}}";
        switch (fault) {
            case RATE_LIMITED_SECONDS:
                send(exchange, 429, error, Map.of("Retry-After", "1"));
                break;
            case RATE_LIMITED_MILLIS:
                send(exchange, 429, error, Map.of("retry-after-ms", "300"));
                break;
            case SERVER_ERROR:
                send(exchange, 500, error, Map.of());
                break;
            case UNAVAILABLE:
                send(exchange, 503, error, Map.of());
                break;
            case CUT_OFF_JSON:
                String whole = completion("This answer never arrives whole, because the body is cut off.");
                send(exchange, 200, whole.substring(0, whole.length() / 2), Map.of());
                break;
            case EMPTY_CHOICES:
                send(exchange, 200, "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[]}", Map.of());
                break;
            default:
                // closing the exchange before any header closes the connection
                break;
        }
    }

    private String reply(JsonNode body) {
        StringBuilder all = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            all.append(m.path("content").asString("")).append('\n');
        }
        String text = all.toString();
        long hash = text.hashCode() & 0xffffffffL;
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find() && names.size() < 200) {
            names.add(m.group());
        }
        String subject = names.isEmpty() ? "history" : names.get((int) (hash % names.size()));
        boolean question = questionInstructions.stream().anyMatch(i -> text.contains(i));
        long tag = hash % 997;
        return question
                ? "How did the story of " + subject + " change the lives of ordinary people over the centuries, in case "
                        + tag + "?"
                : "The story of " + subject + " changed the lives of ordinary people slowly: trade routes moved, towns "
                        + "grew or shrank, and new customs spread from one generation to the next, as case " + tag
                        + " shows.";
    }

    private static String completion(String text) {
        ObjectNode out = Mappers.JSON.createObjectNode().put("id", "chatcmpl-bench").put("object", "chat.completion")
                .put("model", "bench");
        out.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("message")
                .put("role", "assistant").put("content", text);
        out.putObject("usage").put("prompt_tokens", 1500).put("completion_tokens", 60).put("total_tokens", 1560);
        return Mappers.JSON.writeValueAsString(out);
    }

    private void sleep() {
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int code, String text, Map<String, String> headers)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        headers.forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
