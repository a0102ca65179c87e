package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ultralink run examples/quickstart.yaml} in-process, with a scripted model. */
class QuickstartRunTest {

    static final Path QUICKSTART = Path.of("../examples/quickstart.yaml");

    @TempDir
    Path out;

    @Test
    void run_quickstartWithScriptedModel_buildsDatasetCardAndCharts() throws IOException {
        QuickstartModel model = new QuickstartModel();
        CliHarness h = new CliHarness(Map.of(), model);

        int code = h.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet");

        assertThat(code).as(h.err()).isZero();
        for (String lang : new String[] {"en", "zh", "ru", "fr", "es"}) {
            Path file = out.resolve(lang + "_chat_specific.jsonl");
            assertThat(file).as(h.err()).exists();
            assertThat(Files.readString(file)).startsWith("{\"id\":\"" + lang + "_chat_specific_0\"")
                    .contains("</document>");
        }
        assertThat(Files.readAllLines(out.resolve("en_math.jsonl"))).hasSize(4);
        assertThat(Files.readAllLines(out.resolve("en_code.jsonl"))).hasSize(4);
        // the Thanksgiving chat is culture-specific: 3 of 4 English chats go on
        assertThat(Files.readAllLines(out.resolve("en_chat_agnostic.jsonl"))).hasSize(3);
        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).contains("| zh | 1 |").contains("| filter | places | 1 | 25.0 |")
                .contains("| translate |").contains("quickstart-script").contains("CC BY-SA");
        assertThat(out.resolve("token-lengths.png")).exists();
        assertThat(out.resolve("composition.png")).exists();
        String manifest = Files.readString(out.resolve("run-manifest.json"));
        assertThat(manifest).contains("\"status\" : \"completed\"").contains("\"stage\" : \"translate\"");
        assertThat(h.out()).contains("Spend of this run").contains("dialogue.answer");
    }

    @Test
    void run_maxCalls_stopsCleanlyThenResumes() throws IOException {
        QuickstartModel model = new QuickstartModel();
        CliHarness first = new CliHarness(Map.of(), model);

        int stopped = first.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet",
                "--max-calls", "3", "--languages", "en,fr");

        assertThat(stopped).as(first.err()).isEqualTo(3);
        assertThat(first.err()).contains("stopped cleanly").contains("--max-calls 3");
        assertThat(Files.readString(out.resolve("run-manifest.json"))).contains("\"status\" : \"stopped\"");
        assertThat(model.calls.get()).isEqualTo(3);

        CliHarness second = new CliHarness(Map.of(), model);
        int resumed = second.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet",
                "--languages", "en,fr");

        assertThat(resumed).as(second.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("en_chat_specific.jsonl"))).hasSize(1);
        assertThat(Files.readAllLines(out.resolve("fr_chat_specific.jsonl"))).hasSize(1);
        assertThat(Files.readString(out.resolve("run-manifest.json"))).contains("\"status\" : \"completed\"");
    }

    @Test
    void run_withoutDumps_skipsLanguageSpecificStages() throws IOException {
        Path config = out.resolve("math-only.yaml");
        Files.writeString(config, "languages: [en, fr]\noutput: " + out.resolve("ds") + "\nsources: {metamath: "
                + Path.of("../examples/quickstart/metamath.jsonl").toAbsolutePath() + "}\nprune: {math: 2}\n");
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("run", config.toString(), "--quiet");

        assertThat(code).as(h.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("ds/en_math.jsonl"))).hasSize(4);
        assertThat(Files.readString(out.resolve("ds/run-manifest.json")))
                .contains("no prepare.dumps configured").contains("\"status\" : \"completed\"");
    }

    @Test
    void dryRun_twoLanguages_forecastMatchesHandCount() {
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet", "--dry-run",
                "--languages", "en,fr");

        assertThat(code).as(h.err()).isZero();
        String forecast = h.out();
        // one segment per language, maxTurns 2: two questions (90 tokens each) and two answers
        // (300 estimated, under maxTokens 1024) per language
        assertThat(forecast).containsPattern("dialogue\\.question\\s+en\\s+2\\s+\\d+\\s+180\\s")
                .containsPattern("dialogue\\.answer\\s+fr\\s+2\\s+\\d+\\s+600\\s");
        // four English chats judged once each, 40 verdict tokens per call
        assertThat(forecast).containsPattern("culture-filter\\s+en\\s+4\\s+\\d+\\s+160\\s");
        // French: 2 chats (budget 2 of the 4 kept by the neutral forecast verdict), 2 maths, 2 code items;
        // the forecast passes every check, so each message with text outside masks is one chunk (12), and
        // the 7 chunks of 40 letters or more each get a back-translation and a judgement
        assertThat(forecast).containsPattern("translate\\s+fr\\s+12\\s")
                .containsPattern("adequacy\\.backtranslate\\s+fr\\s+7\\s").containsPattern("adequacy\\.judge\\s+fr\\s+7\\s");
        assertThat(forecast).containsPattern("total\\s+38\\s");
    }

    @Test
    void dryRun_strictPreset_forecastsOneGroundednessVerdictPerAnswer_adequacyOffForecastsNone() {
        CliHarness h = new CliHarness(Map.of(), new QuickstartModel());

        int code = h.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet", "--dry-run",
                "--languages", "en,fr", "--preset", "strict", "--adequacy", "off");

        assertThat(code).as(h.err()).isZero();
        assertThat(h.out()).containsPattern("dialogue\\.grounded\\s+en\\s+2\\s+\\d+\\s+80\\s")
                .containsPattern("dialogue\\.grounded\\s+fr\\s+2\\s").doesNotContain("adequacy.");
    }

    @Test
    void dryRun_quickstart_printsForecastAndCallsNothing() {
        QuickstartModel model = new QuickstartModel();
        CliHarness h = new CliHarness(Map.of(), model);

        int code = h.run("run", QUICKSTART.toString(), "--output", out.toString(), "--quiet", "--dry-run",
                "--languages", "en,zh");

        assertThat(code).as(h.err()).isZero();
        assertThat(model.calls.get()).isZero();
        assertThat(h.out()).contains("FORECAST").containsPattern("dialogue\\.question\\s+zh\\s")
                .containsPattern("culture-filter\\s+en\\s").containsPattern("translate\\s+zh\\s")
                .containsPattern("adequacy\\.backtranslate\\s+zh\\s").containsPattern("adequacy\\.judge\\s+zh\\s");
        assertThat(h.out()).as("online and batch cost side by side").contains("online USD", "batch USD")
                .containsPattern("cost online \\d+\\.\\d{4} USD, through a batch API \\(--mode batch\\) \\d+\\.\\d{4} USD");
        assertThat(out.resolve("work-dry-run")).doesNotExist();
        assertThat(out.resolve("zh_chat_specific.jsonl")).doesNotExist();
        assertThat(out.resolve("dry-run-manifest.json")).exists();
        assertThat(out.resolve("run-manifest.json")).doesNotExist();
    }
}
