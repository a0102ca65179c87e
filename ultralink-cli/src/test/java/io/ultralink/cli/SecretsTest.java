package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ultralink.filter.CultureCriterion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets never come from the file and never leave the process: the CLI as a child process. */
class SecretsTest {

    private static final String FILE_SECRET = "sk-in-the-file-7f3a9c";
    private static final String URL_PASSWORD = "pw-in-the-url-51d2";
    private static final String QUERY_KEY = "qk-in-the-query-88e1";
    private static final String ENV_KEY = "sk-from-the-env-0b6d";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        StringBuilder verdict = new StringBuilder("{");
        for (CultureCriterion c : CultureCriterion.values()) {
            verdict.append(verdict.length() > 1 ? "," : "").append("\\\"").append(c.name().toLowerCase(Locale.ROOT))
                    .append("\\\":{\\\"match\\\":false,\\\"reason\\\":\\\"none\\\"}");
        }
        verdict.append('}');
        byte[] body = ("{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"judge-1\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + verdict + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,\"total_tokens\":20}}")
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            ex.getRequestBody().readAllBytes();
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
    }

    @Test
    void keyInBackendOptions_isRefusedNamingKeyFileAndVariable_andAppearsNowhere() throws Exception {
        Path config = dir.resolve("keyed.yaml");
        Files.writeString(config, "sources: {sharegpt: " + sharegpt() + "}\n"
                + "backend:\n  model: judge-1\n  options:\n    deployment: d1\n    nested: {apiKey: " + FILE_SECRET + "}\n");
        Path output = dir.resolve("ds");
        Path log = dir.resolve("child.log");

        int code = runChild(log, Map.of("OPENAI_BASE_URL", base()), "filter", "-c", config.toString(),
                "-o", output.toString());

        String printed = Files.readString(log);
        assertThat(code).as(printed).isEqualTo(2);
        assertThat(printed).contains("backend.options.nested.apiKey").contains(config.toString() + ":6")
                .contains("OPENAI_API_KEY");
        assertThat(requests.get()).isZero();
        assertNowhere(FILE_SECRET, printed, output);
    }

    @Test
    void baseUrlWithUserInfoAndKeyQuery_isPrintedAndStoredRedacted() throws Exception {
        String url = "http://user:" + URL_PASSWORD + "@127.0.0.1:" + server.getAddress().getPort() + "/v1?key=" + QUERY_KEY;
        Path config = dir.resolve("url.yaml");
        Files.writeString(config, "sources: {sharegpt: " + sharegpt() + "}\nbackend: {baseUrl: '" + url + "'}\n");
        Path output = dir.resolve("ds");
        Path log = dir.resolve("child.log");

        int code = runChild(log, Map.of("OPENAI_API_KEY", ENV_KEY), "filter", "-c", config.toString(),
                "-o", output.toString(), "--model", "judge-1", "--verbose");

        String printed = Files.readString(log);
        assertThat(code).as(printed).isZero();
        assertThat(requests.get()).isPositive();
        String manifest = Files.readString(output.resolve("run-manifest.json"));
        assertThat(manifest).contains("http://***@127.0.0.1:" + server.getAddress().getPort() + "/v1?key=***");
        assertThat(printed).contains("backend: openai judge-1 at http://***@127.0.0.1");
        for (String secret : List.of(URL_PASSWORD, QUERY_KEY, ENV_KEY)) {
            assertNowhere(secret, printed, output);
        }
    }

    private int runChild(Path log, Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putIfAbsent("OPENAI_API_KEY", "");
        all.putIfAbsent("OPENAI_BASE_URL", "");
        Process p = ChildCli.start(log, all, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        return p.exitValue();
    }

    private static void assertNowhere(String secret, String printed, Path output) throws IOException {
        assertThat(printed).doesNotContain(secret);
        if (!Files.exists(output)) {
            return;
        }
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> leaking = files.filter(Files::isRegularFile).filter(f -> contains(f, secret))
                    .collect(Collectors.toList());
            assertThat(leaking).as("files holding " + secret).isEmpty();
        }
    }

    private static boolean contains(Path file, String secret) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, StandardCharsets.ISO_8859_1).contains(secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static String sharegpt() {
        return Path.of("../examples/quickstart/sharegpt.json").toAbsolutePath().toString();
    }
}
