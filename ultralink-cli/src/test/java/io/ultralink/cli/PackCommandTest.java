package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ultralink pack init} and {@code ultralink pack check}, as a pack author meets them. */
class PackCommandTest {

    static final Path GERMAN = Path.of("../ultralink-examples/src/main/resources/packs/de.yaml");

    @TempDir
    Path dir;

    @Test
    void init_writesScaffoldWithEveryNativeFieldMarked() throws IOException {
        Path file = dir.resolve("uk.yaml");
        CliHarness h = new CliHarness();

        int code = h.run("pack", "init", "uk", "--from", "en", "-o", file.toString());

        assertThat(code).as(h.err()).isZero();
        String yaml = Files.readString(file);
        assertThat(yaml).contains("code: uk", "lingua: UKRAINIAN", "name: \"Ukrainian\"", "nativeName: \"українська\"",
                "documentPrefix: \"TODO(native): Please answer my question");
        // 1 prefix + 5 prompts + 3 labels + 16 phrases + 1 translation + 9 culture-filter texts + 11 sections
        assertThat(yaml.lines().filter(l -> l.contains("TODO(native)")).count()).isGreaterThanOrEqualTo(40);
        assertThat(yaml).contains("quality:\n  minChrF: 50.0\n  minAdequacy: 4\n  minFluency: 4\n",
                "  adequacyJudge: |\n    TODO(native)\n    You check a translation into English.",
                "  groundednessJudge: |\n    TODO(native)\n",
                "dataPreamble: |\n  TODO(native)\n  You work on material supplied by others.");
        assertThat(h.out()).contains("wrote " + file);
        assertThat(h.run("pack", "init", "uk", "-o", file.toString())).as("no overwrite").isEqualTo(2);
    }

    @Test
    void check_scaffold_listsMarkedFieldsWithTheirLines() throws IOException {
        Path file = dir.resolve("uk.yaml");
        new CliHarness().run("pack", "init", "uk", "-o", file.toString());
        CliHarness h = new CliHarness();

        int code = h.run("pack", "check", file.toString());

        assertThat(code).isEqualTo(1);
        int line = lineOf(file, "  initialQuestion: |");
        assertThat(h.out()).contains(file + ":" + line + ": error: dialogue.initialQuestion: still marked TODO(native)")
                .contains(file + ":" + lineOf(file, "documentPrefix:") + ": error: documentPrefix:");
    }

    @Test
    void check_promptsLeftInEnglish_rejectedWithLines() throws IOException {
        Path file = dir.resolve("uk.yaml");
        new CliHarness().run("pack", "init", "uk", "-o", file.toString());
        Files.writeString(file, Files.readString(file).replace("TODO(native): ", "").replaceAll("(?m)^ *TODO\\(native\\)\\n", ""));
        CliHarness h = new CliHarness();

        int code = h.run("pack", "check", file.toString());

        assertThat(code).as(h.out()).isEqualTo(1);
        assertThat(h.out()).doesNotContain("TODO(native)")
                .contains(file + ":" + lineOf(file, "  initialAnswer: |")
                        + ": error: dialogue.initialAnswer: reads as English, not Ukrainian")
                .contains(file + ":" + lineOf(file, "  instructions: |") + ": error: translation.instructions: reads as English")
                .contains(file + ":" + lineOf(file, "  questionLabel:") + ": error: dialogue.questionLabel: 'Question:' is the "
                        + "English pack's text")
                .contains("warning: textReferencePhrases[0]");
        // the runtime refuses nothing here (no markers), which is why the check exists
        assertThat(new CliHarness().run("pack", "check", GERMAN.toString())).isZero();
    }

    @Test
    void check_germanExamplePack_isReady() {
        CliHarness h = new CliHarness();

        int code = h.run("pack", "check", GERMAN.toString());

        assertThat(code).as(h.out()).isZero();
        assertThat(h.out()).contains("0 errors");
    }

    @Test
    void check_linguaLanguageOfAnotherCode_rejected() throws IOException {
        Path file = dir.resolve("ltg.yaml");
        Files.writeString(file, Files.readString(GERMAN).replace("code: de", "code: ltg"));
        CliHarness h = new CliHarness();

        int code = h.run("pack", "check", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(h.out()).contains(file + ":" + lineOf(file, "  lingua:") + ": error: languageId.lingua: GERMAN is "
                + "detected as 'de', not as the pack's code 'ltg'");
    }

    @Test
    void run_withUnfinishedScaffold_refusedNamingTheMarker() throws IOException {
        Path file = dir.resolve("uk.yaml");
        new CliHarness().run("pack", "init", "uk", "-o", file.toString());
        CliHarness h = new CliHarness();

        int code = h.run("stats", "-o", dir.toString(), "--pack", file.toString(), "--languages", "uk");

        assertThat(code).isEqualTo(2);
        assertThat(h.err()).contains(file.toString()).contains("TODO(native)").contains("pack check");
    }

    static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix + " not in " + file);
    }
}
