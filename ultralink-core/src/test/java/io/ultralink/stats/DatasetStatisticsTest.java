package io.ultralink.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ultralink.error.InvalidInputException;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.tokens.TokenCounter;
import io.ultralink.tokens.WordTokenCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStatisticsTest {

    static final TokenCounter WORDS = WordTokenCounter.INSTANCE;

    @TempDir
    Path dir;

    static void fixture(Path dir) throws IOException {
        Files.writeString(dir.resolve("en_chat_specific.jsonl"),
                "{\"id\":\"en_chat_specific_0\",\"data\":[\"Please answer. <document> ten words of document text that are never counted here </document> why is sky blue\","
                        + "\"light scatters more at short wavelengths\",\"and at sunset\",\"longer path reddens it\"]}\n"
                        + "{\"id\":\"en_chat_specific_1\",\"data\":[\"<document>x</document> what is rain\",\"water falling\"]}\n");
        Files.writeString(dir.resolve("zh_math.jsonl"), "{\"id\":\"zh_math_0\",\"data\":[\"1 + 1 ?\",\"2\"]}\n");
        Files.writeString(dir.resolve("notes.txt"), "not a dataset file");
    }

    @Test
    void compute_fixture_countsByHand() throws IOException {
        fixture(dir);

        DatasetStatistics s = DatasetStatistics.compute(dir, WORDS);

        TypeStatistics en = s.row(LanguageCode.EN, DataType.CHAT_SPECIFIC);
        assertThat(en.dialogues()).isEqualTo(2);
        assertThat(en.turns()).isEqualTo(3);
        // questions: "why is sky blue" 4, "and at sunset" 3, "what is rain" 3 -> 10
        assertThat(en.questionTokens()).isEqualTo(10);
        // answers: 6 + 4 + 2 = 12
        assertThat(en.answerTokens()).isEqualTo(12);
        assertThat(en.averageTurnTokens()).isCloseTo(22.0 / 3, within(1e-9));
        TypeStatistics zh = s.row(LanguageCode.ZH, DataType.MATH);
        assertThat(zh.dialogues()).isEqualTo(1);
        assertThat(zh.questionTokens()).isEqualTo(4);
        assertThat(s.total().dialogues()).isEqualTo(3);
        assertThat(s.total().turns()).isEqualTo(4);
        assertThat(s.languages()).containsExactly(LanguageCode.EN, LanguageCode.ZH);
        assertThat(s.questionLengths().get(LanguageCode.EN).total()).isEqualTo(3);
        assertThat(s.answerLengths().get(LanguageCode.ZH).mean()).isEqualTo(1.0);
    }

    @Test
    void compute_malformedLine_namesFileAndLine() throws IOException {
        Files.writeString(dir.resolve("fr_code.jsonl"), "{\"id\":\"fr_code_0\",\"data\":[\"q\",\"a\"]}\n{\"id\":\"fr_code_1\"}\n");

        assertThatThrownBy(() -> DatasetStatistics.compute(dir, WORDS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fr_code.jsonl:2");
    }

    @Test
    void card_render_hasTablesAttributionAndRates() throws IOException {
        fixture(dir);
        DatasetStatistics s = DatasetStatistics.compute(dir, WORDS);

        String md = DatasetCard.builder().statistics(s).title("T").addModel("m1").seed("run seed", "7")
                .promptVersion("en", "en-1").processed("filter", 40)
                .addRejection(new DatasetCard.Rejection("filter", "culture-specific", 10))
                .addChart(new DatasetCard.Chart("c.png", "lengths")).build().render();

        assertThat(md).contains("| en | 2 | 0 | 0 | 0 | 2 |")
                .contains("| zh | 0 | 0 | 1 | 0 | 1 |")
                .contains("| **total** | 2 | 0 | 1 | 0 | **3** |")
                .contains("| en | chat_specific | 2 | 3 | 3.33 | 4.00 | 7.33 |")
                .contains("| filter | culture-specific | 10 | 25.0 |")
                .contains("CC BY-SA 4.0").contains("Wikipedia articles (en)")
                .contains("m1").contains("run seed = 7").contains("en `en-1`").contains("![lengths](c.png)");
    }

    @Test
    void histogram_lengthsPastLastBucket_landInIt() {
        LengthHistogram h = new LengthHistogram(10, 3);
        h.add(0);
        h.add(15);
        h.add(999);

        assertThat(h.counts()).containsExactly(1, 1, 1);
        assertThat(h.lastUsedBucket()).isEqualTo(2);
        assertThat(h.mean()).isCloseTo(338.0, within(1e-9));
    }
}
