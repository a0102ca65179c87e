package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad and over-large input through the commands: named by file and line, skipped or fatal by policy. */
class BadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void translate_badByteOnLine3Of6_failsNamingFileAndLine3() throws IOException {
        Path math = metamath(3, 0);
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "--metamath", math.toString(), "-o", dir.resolve("out").toString(),
                "--languages", "en,fr", "-q");

        assertThat(code).isEqualTo(1);
        assertThat(h.err()).contains(math + ":3: not valid UTF-8: byte 0xFF").doesNotContain("\tat ")
                .doesNotContain("MalformedInputException");
    }

    @Test
    void translate_badByteOnLine3Of6_skipPolicy_translatesTheOtherFive() throws IOException {
        Path math = metamath(3, 0);
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "--metamath", math.toString(), "-o", out.toString(), "--languages", "en,fr",
                "--bad-input", "skip", "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(h.err()).contains("warning: " + math + ":3: not valid UTF-8")
                .contains(math + ": 1 bad record(s) skipped, 0 line(s) over 2097152 bytes dropped");
        assertThat(Files.readAllLines(out.resolve("work/agnostic/en_math.jsonl"))).hasSize(5)
                .noneMatch(l -> l.contains("metamath.jsonl#3"));
        JsonNode translate = stage(out, "translate");
        assertThat(translate.path("rejections").path("bad-input").asLong()).isEqualTo(1);
    }

    @Test
    void translate_configKeyInputBadLines_actsLikeTheOption() throws IOException {
        Path math = metamath(3, 0);
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "input:\n  badLines: skip\nsources:\n  metamath: " + math + "\n");
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "-c", config.toString(), "-o", out.toString(), "--languages", "en,fr", "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("work/agnostic/en_math.jsonl"))).hasSize(5);
    }

    @Test
    void translate_lineOverTheBound_isDroppedAndCounted_evenUnderFail() throws IOException {
        Path math = metamath(0, 4);
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "--metamath", math.toString(), "-o", out.toString(), "--languages", "en,fr",
                "--max-line-bytes", "1000", "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(h.err()).contains(math + ":4: line of ").contains("over the bound of 1000 bytes; dropped");
        assertThat(Files.readAllLines(out.resolve("work/agnostic/en_math.jsonl"))).hasSize(5);
        assertThat(stage(out, "translate").path("rejections").path("too-large").asLong()).isEqualTo(1);
    }

    @Test
    void translate_shareGptArrayWithBadByteInRecord2_skipPolicy_namesItsLineAndKeepsTheOthers() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("../examples/quickstart/sharegpt.json"));
        String text = new String(original, StandardCharsets.UTF_8);
        int at = text.indexOf("\"value\": \"", text.indexOf("qs-chat-2")) + 10;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, text.substring(0, at));
        bytes.write(0xC3);
        write(bytes, text.substring(at));
        Path chats = dir.resolve("sharegpt.json");
        Files.write(chats, bytes.toByteArray());
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "--sharegpt", chats.toString(), "--no-filter", "-o", out.toString(),
                "--languages", "en,fr", "--bad-input", "skip", "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(h.err()).contains("warning: " + chats + ":" + line + " (record qs-chat-2): not valid UTF-8");
        assertThat(Files.readString(out.resolve("work/agnostic/en_chat_agnostic.jsonl")))
                .contains("qs-chat-1", "qs-chat-3", "qs-chat-4").doesNotContain("qs-chat-2");
    }

    @Test
    void badInputOption_unknownValue_namesKeyAndOption() throws IOException {
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("translate", "--metamath", metamath(0, 0).toString(), "-o", dir.resolve("o").toString(),
                "--bad-input", "ignore", "-q");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains("input.badLines").contains("--bad-input").contains("'ignore'");
    }

    @Test
    void prepare_dumpFailingPartWay_leavesTheReportAndTheSegments() throws IOException {
        String quickstart = Files.readString(Path.of("../examples/quickstart/enwiki-quickstart.xml"));
        Path dump = dir.resolve("enwiki-broken.xml");
        Files.writeString(dump, quickstart.replace("</mediawiki>",
                "  <page>\n    <title>Broken</title>\n    <ns>0</ns><id>99</id></pag>\n</mediawiki>\n"));
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("prepare", "--dump", dump.toString(), "-o", out.toString(), "--min-document-tokens", "120",
                "--min-segment-tokens", "120", "--max-segment-tokens", "250", "-q");

        assertThat(code).isEqualTo(1);
        assertThat(h.err()).contains(dump.toString()).contains("malformed XML")
                .contains("report of what was counted is in " + out.resolve("segments.jsonl.report.json"));
        JsonNode report = JSON.readTree(out.resolve("segments.jsonl.report.json").toFile());
        assertThat(report.path("pagesRead").asLong()).isEqualTo(1);
        assertThat(report.path("segmentsWritten").asLong()).isPositive();
        assertThat(report.path("failedInputs").get(0).path("input").asString()).isEqualTo(dump.toString());
        assertThat(report.path("failedInputs").get(0).path("reason").asString()).contains("malformed XML");
        assertThat(Files.readAllLines(out.resolve("segments.jsonl"))).hasSize(
                (int) report.path("segmentsWritten").asLong());
    }

    @Test
    void prepare_pageOverThePageBound_isCountedTooLarge() throws IOException {
        Path dump = Path.of("../examples/quickstart/enwiki-quickstart.xml");
        Path out = dir.resolve("out");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("prepare", "--dump", dump.toAbsolutePath().toString(), "-o", out.toString(),
                "--max-page-bytes", "1000", "-q");

        assertThat(code).as(h.err()).isZero();
        assertThat(stage(out, "prepare").path("rejections").path("too-large").asLong()).isEqualTo(1);
        JsonNode report = JSON.readTree(out.resolve("segments.jsonl.report.json").toFile());
        assertThat(report.path("dropped").path("TOO_LARGE").asLong()).isEqualTo(1);
    }

    /** Six MetaMathQA lines; line {@code badLine} holds a 0xFF byte, line {@code longLine} is 5,000 bytes long. */
    private Path metamath(int badLine, int longLine) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = 1; n <= 6; n++) {
            String filler = n == longLine ? " Show every step, please.".repeat(200) : "";
            write(bytes, "{\"query\": \"What is " + n + " plus " + n + "?" + filler + "\", \"response\": \"");
            if (n == badLine) {
                bytes.write(0xFF);
            }
            write(bytes, n + " + " + n + " = " + 2 * n + ". The answer is: " + 2 * n + "\", \"type\": \"GSM\"}\n");
        }
        Path file = dir.resolve("metamath.jsonl");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode stage(Path out, String name) throws IOException {
        for (JsonNode s : JSON.readTree(out.resolve("run-manifest.json").toFile()).path("stages")) {
            if (s.path("stage").asString().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + name);
    }
}
