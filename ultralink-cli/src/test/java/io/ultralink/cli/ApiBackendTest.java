package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ultralink.filter.CultureCriterion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API backend chosen from the environment, against a loopback OpenAI-compatible server. */
class ApiBackendTest {

    @TempDir
    Path out;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String authorization;

    @BeforeEach
    void start() throws IOException {
        StringBuilder verdict = new StringBuilder("{");
        for (CultureCriterion c : CultureCriterion.values()) {
            verdict.append(verdict.length() > 1 ? "," : "").append("\\\"").append(c.name().toLowerCase(Locale.ROOT))
                    .append("\\\":{\\\"match\\\":false,\\\"reason\\\":\\\"none\\\"}");
        }
        verdict.append('}');
        String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"judge-1\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + verdict + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":100,\"total_tokens\":1100}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            authorization = ex.getRequestHeaders().getFirst("Authorization");
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void filter_withKeyAndBaseUrlInEnvironment_usesApiAndPricesIt() throws IOException {
        Path config = out.resolve("c.yaml");
        Files.writeString(config, "sources: {sharegpt: " + Path.of("../examples/quickstart/sharegpt.json").toAbsolutePath()
                + "}\nprices:\n  judge-1: {prompt: 1.0, completion: 10.0}\n");
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        CliHarness h = new CliHarness(Map.of("OPENAI_API_KEY", "sk-loopback", "OPENAI_BASE_URL", base), null);

        int code = h.run("filter", "-c", config.toString(), "-o", out.resolve("ds").toString(), "--model", "judge-1",
                "--quiet");

        assertThat(code).as(h.err()).isZero();
        assertThat(requests.get()).isEqualTo(4);
        assertThat(authorization).isEqualTo("Bearer sk-loopback");
        assertThat(io.ultralink.testing.Journals.units(out.resolve("ds/work/agnostic/culture-audit.jsonl"))).hasSize(4);
        String manifest = Files.readString(out.resolve("ds/run-manifest.json"));
        assertThat(manifest).contains("openai judge-1 at " + base);
        // 4 calls x (1000 prompt x $1 + 100 completion x $10) per million tokens = $0.008
        assertThat(manifest).contains("\"cost\" : 0.008");
        assertThat(h.out()).contains("culture-filter").contains("0.0080");
    }

    @Test
    void apiBackend_withoutModel_namesTheOption() throws IOException {
        Path config = out.resolve("c.yaml");
        Files.writeString(config, "sources: {sharegpt: " + Path.of("../examples/quickstart/sharegpt.json").toAbsolutePath()
                + "}\n");
        CliHarness h = new CliHarness(Map.of("OPENAI_API_KEY", "sk-loopback"), null);

        int code = h.run("filter", "-c", config.toString(), "-o", out.resolve("ds").toString(), "--quiet");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("--model (config key backend.model)");
        assertThat(requests.get()).isZero();
    }
}
