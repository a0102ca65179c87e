package io.ultralink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.stats.DatasetStatistics;
import io.ultralink.stats.TypeStatistics;
import io.ultralink.text.tokens.JtokkitTokenCounter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics and card of a small hand-written dataset folder. */
class ComputeStatisticsTest {

    private static final JtokkitTokenCounter TOKENS = JtokkitTokenCounter.cl100k();

    @TempDir
    Path dir;

    @Test
    void run_smallDataset_countsTablesAndWritesCard() throws IOException {
        Files.write(dir.resolve("de_chat_specific.jsonl"), List.of(
                "{\"id\":\"de_chat_specific_0\",\"data\":[\"Bitte beantworte meine Frage.\\n<document>\\nDer Rhein ist ein Fluss.\\n</document>\\nWie lang ist der Rhein?\","
                        + "\"Der Rhein ist etwa 1230 Kilometer lang.\",\"Wo entspringt er?\",\"In den Alpen der Schweiz.\"]}"));
        Files.write(dir.resolve("fr_math.jsonl"), List.of(
                "{\"id\":\"fr_math_0\",\"data\":[\"Combien font deux plus deux ?\",\"Deux plus deux font quatre.\"]}",
                "{\"id\":\"fr_math_1\",\"data\":[\"Quel est le double de sept ?\",\"Le double de sept est quatorze.\"]}"));
        Files.write(dir.resolve("fr_code.jsonl"), List.of(
                "{\"id\":\"fr_code_0\",\"data\":[\"Écris une fonction qui ajoute deux nombres.\",\"def ajoute(a, b):\\n    return a + b\"]}"));
        Files.writeString(dir.resolve("notes.txt"), "not a dataset file");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DatasetStatistics stats = ComputeStatistics.run(dir, Map.of("model", "test-model", "seed", "5"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        LanguageCode de = LanguageCode.of("de");
        assertThat(stats.languages()).containsExactly(de, LanguageCode.FR);
        TypeStatistics chat = stats.row(de, DataType.CHAT_SPECIFIC);
        assertThat(chat.dialogues()).isEqualTo(1);
        assertThat(chat.turns()).isEqualTo(2);
        assertThat(chat.questionTokens()).as("document block left out of the first question")
                .isEqualTo(TOKENS.countTokens("Wie lang ist der Rhein?") + TOKENS.countTokens("Wo entspringt er?"));
        assertThat(chat.answerTokens()).isEqualTo(TOKENS.countTokens("Der Rhein ist etwa 1230 Kilometer lang.")
                + TOKENS.countTokens("In den Alpen der Schweiz."));
        assertThat(stats.row(LanguageCode.FR, DataType.MATH).dialogues()).isEqualTo(2);
        assertThat(stats.total().dialogues()).isEqualTo(4);
        assertThat(stats.total().turns()).isEqualTo(5);

        String tables = printed.toString(StandardCharsets.UTF_8);
        assertThat(tables).contains("Table 2").contains("Table 1")
                .containsPattern("(?m)^fr\\s+0\\s+0\\s+2\\s+1\\s+3$")
                .containsPattern("(?m)^all\\s+4\\s+5\\s");
        String card = Files.readString(dir.resolve("README.md"));
        assertThat(card).contains("test-model").contains("run seed = 5").contains("`de-1`").contains("CC BY-SA");
    }
}
