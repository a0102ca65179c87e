package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RankTable} against the {@code .tiktoken} files it reads ({@code cl100k_base}, {@code o200k_base}): every
 * token of every length (the small table up to four bytes, the packed one to fifteen, the long one beyond) has its
 * own rank, at any offset of a larger array, and byte strings that are not tokens have none.
 */
class RankTableTest {

    private static final RankTable TABLE = RankTable.load("cl100k_base");

    @ParameterizedTest
    @CsvSource({"cl100k_base, 100256", "o200k_base, 199998"})
    void rank_everyToken_isItsRankInTheFile(String encoding, int tokens) throws IOException {
        RankTable table = encoding.equals("cl100k_base") ? TABLE : RankTable.load(encoding);
        int checked = 0;
        Set<Integer> lengths = new HashSet<>();
        try (InputStream in = RankTable.class.getResourceAsStream("/com/knuddels/jtokkit/" + encoding + ".tiktoken");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(" ");
                byte[] token = Base64.getDecoder().decode(parts[0]);
                byte[] padded = new byte[token.length + 5];
                System.arraycopy(token, 0, padded, 3, token.length);
                assertThat(table.rank(padded, 3, token.length)).as("token %s", parts[0])
                        .isEqualTo(Integer.parseInt(parts[1]));
                lengths.add(token.length);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(tokens);
        assertThat(lengths).contains(1, 2, 3, 4, 5, 15, 16, 32);
    }

    @Test
    void rank_byteStringsThatAreNoTokens_isMinusOne() {
        Random random = new Random(7);
        int absent = 0;
        for (int length = 2; length <= 20; length++) {
            for (int i = 0; i < 2_000; i++) {
                byte[] b = new byte[length];
                random.nextBytes(b);
                b[0] = (byte) 0xff;
                assertThat(TABLE.rank(b, 0, length)).as("length %d", length).isEqualTo(-1);
                absent++;
            }
        }
        assertThat(absent).isEqualTo(38_000);
    }
}
