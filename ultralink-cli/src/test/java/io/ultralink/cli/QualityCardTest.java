package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's quality section and score chart, from the translation outputs and failures of a run. */
class QualityCardTest {

    @TempDir
    Path dir;

    @Test
    void stats_withTranslationOutputs_cardShowsPassRatesScoresAndChart() throws IOException {
        Path agnostic = Files.createDirectories(dir.resolve("work/agnostic"));
        Files.writeString(dir.resolve("fr_math.jsonl"), "{\"id\":\"fr_math_0\",\"data\":[\"Combien font 2 + 2 ?\",\"4\"]}\n");
        Files.writeString(agnostic.resolve("fr_math.jsonl"), String.join("\n",
                record(0, 71.5, 5), record(1, 64.0, 4), record(2, 88.2, 5)) + "\n");
        Files.writeString(agnostic.resolve("failures.jsonl"), String.join("\n",
                "{\"stage\":\"translate\",\"id\":\"m7\",\"status\":\"rejected\",\"lang\":\"fr\",\"type\":\"math\","
                        + "\"reasons\":[\"BACK_TRANSLATION: message 0: back-translation chrF 21.3 below 50.0\"],"
                        + "\"scores\":{\"chrf\":21.3},\"checks\":{\"COMPLETE\":true,\"BACK_TRANSLATION\":false}}",
                "{\"stage\":\"translate\",\"id\":\"m8\",\"status\":\"error\",\"lang\":\"fr\",\"type\":\"math\","
                        + "\"reasons\":[\"adequacy judge gave no valid verdict for m8\"]}") + "\n");
        CliHarness h = new CliHarness();

        int code = h.run("stats", "--output", dir.toString());

        assertThat(code).as(h.err()).isZero();
        String card = Files.readString(dir.resolve("README.md"));
        assertThat(card).contains("## Quality checks")
                .contains("| fr | math | 3 | 1 | 1 | ADEQUACY_JUDGE | 3 | 3 | 100.0% |")
                .contains("|  |  |  |  |  | BACK_TRANSLATION | 4 | 3 | 75.0% |")
                .contains("| fr | math | chrf | 4 | 21.3 | 71.5 | 61.3 |")
                .contains("| fr | math | adequacy | 3 | 4.0 | 5.0 | 4.7 |")
                .contains("![Translation meaning scores per language](quality-scores.png)");
        try (InputStream in = Files.newInputStream(dir.resolve("quality-scores.png"))) {
            byte[] head = in.readNBytes(4);
            assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        }
    }

    static String record(int n, double chrf, int adequacy) {
        return "{\"id\":\"fr_math_" + n + "\",\"data\":[\"Question " + n + " ?\",\"Réponse " + n + "\"],\"metadata\":{"
                + "\"source_id\":\"m" + n + "\",\"checks\":\"COMPLETE,BACK_TRANSLATION,ADEQUACY_JUDGE\","
                + "\"quality.chrf\":\"" + chrf + "\",\"quality.adequacy\":\"" + adequacy + "\",\"quality.fluency\":\"5\"}}";
    }
}
