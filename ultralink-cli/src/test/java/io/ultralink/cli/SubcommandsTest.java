package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage as its own command, in pipeline order, on the quickstart inputs. */
class SubcommandsTest {

    @TempDir
    Path out;

    private int run(QuickstartModel model, String command) {
        CliHarness h = new CliHarness(Map.of(), model);
        int code = h.run(command, "--config", QuickstartRunTest.QUICKSTART.toString(), "--output", out.toString(),
                "--languages", "en,zh", "--quiet");
        assertThat(code).as(command + ": " + h.err()).isZero();
        return code;
    }

    @Test
    void subcommands_inOrder_eachWriteTheirFiles() throws IOException {
        QuickstartModel model = new QuickstartModel();

        run(model, "prepare");
        assertThat(Files.readAllLines(out.resolve("segments.jsonl"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(out.resolve("segments.jsonl.report.json")).exists();
        assertThat(model.calls.get()).isZero();

        run(model, "generate");
        assertThat(out.resolve("work/specific/en_chat_specific.jsonl")).exists();
        assertThat(out.resolve("work/specific/zh_chat_specific.jsonl")).exists();
        int afterGenerate = model.calls.get();
        assertThat(afterGenerate).isEqualTo(8);

        run(model, "filter");
        assertThat(io.ultralink.testing.Journals.units(out.resolve("work/agnostic/culture-audit.jsonl"))).hasSize(4);
        assertThat(model.calls.get()).isEqualTo(afterGenerate + 4);

        run(model, "prune");
        assertThat(model.calls.get()).as("pruning reuses the verdicts").isEqualTo(afterGenerate + 4);

        run(model, "translate");
        assertThat(out.resolve("work/agnostic/en_math.jsonl")).exists();
        assertThat(model.calls.get()).isEqualTo(afterGenerate + 4 + 6);

        run(model, "mix");
        assertThat(Files.readAllLines(out.resolve("en_chat_specific.jsonl"))).hasSize(1);
        assertThat(Files.readAllLines(out.resolve("zh_chat_specific.jsonl"))).hasSize(1);
        assertThat(Files.readAllLines(out.resolve("en_chat_agnostic.jsonl"))).hasSize(3);

        run(model, "stats");
        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).contains("| zh | 1 |").contains("| filter | places | 1 | 25.0 |")
                .contains("quickstart-script").contains("culture-filter en `culture-en-1+conversation-2`")
                .contains("dialogue.question zh `");
        String manifest = Files.readString(out.resolve("run-manifest.json"));
        for (String stage : new String[] {"prepare", "generate", "filter", "prune", "translate", "mix", "stats"}) {
            assertThat(manifest).as("stages of earlier commands are kept").contains("\"stage\" : \"" + stage + "\"");
        }

        long preparedAt = Files.getLastModifiedTime(out.resolve("segments.jsonl")).toMillis();
        run(model, "prepare");
        assertThat(Files.getLastModifiedTime(out.resolve("segments.jsonl")).toMillis())
                .as("same inputs: prepared once").isEqualTo(preparedAt);

        run(model, "generate");
        assertThat(model.calls.get()).as("a second generate resumes with nothing left to do")
                .isEqualTo(afterGenerate + 4 + 6);
    }
}
