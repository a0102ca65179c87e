package io.ultralink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path dir;

    @Test
    void stats_onFixture_writesCardChartsAndManifest() throws IOException {
        Files.writeString(dir.resolve("en_chat_specific.jsonl"),
                "{\"id\":\"en_chat_specific_0\",\"data\":[\"Read this. <document>\\nA long river text.\\n</document>\\nWhy did the river move?\","
                        + "\"Silt built up at its mouth over centuries.\",\"What followed?\",\"The port moved inland.\"]}\n");
        Files.writeString(dir.resolve("fr_math.jsonl"), "{\"id\":\"fr_math_0\",\"data\":[\"Combien font 2 + 2 ?\",\"4\"]}\n");
        Files.writeString(dir.resolve("es_code.jsonl"),
                "{\"id\":\"es_code_0\",\"data\":[\"Escribe una función que sume dos números.\",\"def suma(a, b):\\n    return a + b\"]}\n");
        CliHarness h = new CliHarness();

        int code = h.run("stats", "--output", dir.toString(), "--log-format", "json");

        assertThat(code).as(h.err()).isZero();
        String card = Files.readString(dir.resolve("README.md"));
        assertThat(card).contains("| en | 1 | 0 | 0 | 0 | 1 |").contains("| es | 0 | 0 | 0 | 1 | 1 |")
                .contains("| fr | 0 | 0 | 1 | 0 | 1 |").contains("| **total** | 1 | 0 | 1 | 1 | **3** |")
                .contains("| en | chat_specific | 1 | 2 |").contains("CC BY-SA").contains("token-lengths.png")
                .contains("fr `").contains("run seed = 42");
        assertThat(isPng(dir.resolve("token-lengths.png"))).isTrue();
        assertThat(isPng(dir.resolve("composition.png"))).isTrue();
        assertThat(Files.readString(dir.resolve("run-manifest.json"))).contains("\"status\" : \"completed\"")
                .contains("\"stage\" : \"stats\"");
        assertThat(h.err()).contains("\"event\":\"end\"").contains("\"task\":\"stats\"");
    }

    private static boolean isPng(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        }
    }
}
