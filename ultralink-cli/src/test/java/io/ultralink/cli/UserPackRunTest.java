package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ultralink.format.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A language the SDK has no code for, added as a user would: a pack file beside the YAML config, a real
 * German dump, and an OpenAI-compatible server on the loopback interface that writes German.
 */
class UserPackRunTest {

    private static final List<String> QUESTIONS = List.of(
            "Warum hat Arthur Schopenhauer den Willen als Grundlage der Welt betrachtet?",
            "Wie unterscheidet sich die Philosophie Schopenhauers von der Lehre Hegels?",
            "Welche Folgen hatte die Kritik an der Universitätsphilosophie für seine Anerkennung?",
            "Wie könnte sich das Interesse an seinem Werk in Zukunft entwickeln?");
    private static final String ANSWER = "Schopenhauer sah im Willen einen blinden, unersättlichen Drang, der allen "
            + "Erscheinungen zugrunde liegt. Deshalb hielt er das Leben für ein ständiges Streben, das nur durch "
            + "Kunst, Mitleid und Verneinung des Willens gemildert werden kann.";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger questions = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            calls.incrementAndGet();
            JsonNode body = Json.MAPPER.readTree(ex.getRequestBody().readAllBytes());
            String prompt = body.get("messages").toString();
            String text = prompt.contains("die Frage aus") ? QUESTIONS.get(questions.getAndIncrement() % QUESTIONS.size())
                    : ANSWER;
            ObjectNode reply = Json.MAPPER.createObjectNode().put("id", "c").put("object", "chat.completion")
                    .put("model", "scripted-de");
            ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            reply.putObject("usage").put("prompt_tokens", 500).put("completion_tokens", 60).put("total_tokens", 560);
            byte[] bytes = Json.MAPPER.writeValueAsBytes(reply);
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
    void run_germanPackFileAndRealDump_preparesAndGeneratesGermanWithNoCode() throws IOException {
        Path dump = dewiki();
        Files.writeString(dir.resolve("de.yaml"), Files.readString(PackCommandTest.GERMAN));
        Path config = dir.resolve("german.yaml");
        Files.writeString(config, "languages: [de]\npacks: [de.yaml]\noutput: dataset\n"
                + "backend: {model: scripted-de}\n"
                + "prepare:\n  dumps: [" + dump + "]\n  documentTokens: {min: 150, max: 100000}\n"
                + "  segmentTokens: {min: 150, max: 299}\n"
                + "generate: {segmentsPerLanguage: 2, maxTurns: 2}\n");
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        CliHarness h = new CliHarness(Map.of("OPENAI_API_KEY", "sk-loopback", "OPENAI_BASE_URL", base), null);

        int code = h.run("run", config.toString(), "--quiet");

        assertThat(code).as(h.err()).isZero();
        Path out = dir.resolve("dataset");
        List<String> segments = Files.readAllLines(out.resolve("segments.jsonl"));
        assertThat(segments).isNotEmpty().allSatisfy(s -> assertThat(s).contains("\"lang\":\"de\""));
        List<String> records = Files.readAllLines(out.resolve("de_chat_specific.jsonl"));
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r)
                .contains("Bitte beantworte meine Frage anhand des folgenden Dokuments.").contains(ANSWER));
        assertThat(calls.get()).isGreaterThanOrEqualTo(4);
        JsonNode meta = frontMatter(Files.readString(out.resolve("README.md")));
        assertThat(meta.get("language").get(0).stringValue()).isEqualTo("de");
        assertThat(meta.get("configs")).singleElement()
                .satisfies(c -> assertThat(c.get("config_name").stringValue()).isEqualTo("de_chat_specific"));
        String report = Files.readString(out.resolve("segments.jsonl.report.json"));
        assertThat(Json.MAPPER.readTree(report).get("referenceSectionsDropped").asLong()).isPositive();
    }

    @Test
    void prepare_dumpNotNamedForItsLanguage_needsLanguageOption() throws IOException {
        Path dump = Files.copy(dewiki(), dir.resolve("german-sample.xml.bz2"));
        Path pack = Files.writeString(dir.resolve("de.yaml"), Files.readString(PackCommandTest.GERMAN));
        String[] args = {"prepare", "--dump", dump.toString(), "--pack", pack.toString(), "--languages", "de",
            "-o", dir.resolve("out").toString(), "--min-document-tokens", "150", "--max-document-tokens", "100000", "--min-segment-tokens", "150",
            "--max-segment-tokens", "299", "-q"};
        CliHarness unnamed = new CliHarness();

        assertThat(unnamed.run(args)).isEqualTo(2);
        assertThat(unnamed.err()).contains(dump.toString()).contains("--language CODE (config key prepare.language)")
                .doesNotContain("builder");

        CliHarness named = new CliHarness();
        String[] withLanguage = java.util.Arrays.copyOf(args, args.length + 2);
        withLanguage[args.length] = "--language";
        withLanguage[args.length + 1] = "de";
        assertThat(named.run(withLanguage)).as(named.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/segments.jsonl"))).contains("\"lang\":\"de\"");
    }

    @Test
    void run_languageWithoutPack_pointsAtPackOption() {
        CliHarness h = new CliHarness();

        int code = h.run("stats", "-o", dir.toString(), "--languages", "uk");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("'uk'").contains("--pack FILE").contains("ultralink pack init uk --from en");
    }

    private static Path dewiki() {
        Path dump = Path.of(System.getProperty("ultralink.shared.dir", "../shared"), "data/wiki/dewiki-minidump.xml.bz2")
                .toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(dump), "shared data absent: " + dump);
        return dump;
    }

    private static JsonNode frontMatter(String md) {
        assertThat(md).startsWith("---\n");
        return tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(md.substring(4, md.indexOf("\n---\n", 4) + 1));
    }
}
