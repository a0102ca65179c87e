package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pieces that {@code Cl100kPieces.pieceEnd} finds in a chunk are the matches of the published
 * {@code cl100k_base} pre-tokenizer pattern on that chunk, wherever it does not leave the chunk to jtokkit. Counts
 * alone can hide a wrong piece boundary, because byte-pair encoding often splits both ways into as many tokens.
 */
class PieceRulesTest {

    private static final Pattern CL100K = Pattern.compile("(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+"
            + "|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> regexPieces(String chunk) {
        List<String> pieces = new ArrayList<>();
        Matcher m = CL100K.matcher(chunk);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    /** Our pieces of the chunk, or null where a piece is left to jtokkit. */
    private static List<String> ourPieces(char[] text, int start, int end) {
        List<String> pieces = new ArrayList<>();
        for (int p = start; p < end; ) {
            int q = Cl100kPieces.pieceEnd(text, p, start, end);
            if (q < 0) {
                return null;
            }
            pieces.add(new String(text, p, q - p));
            p = q;
        }
        return pieces;
    }

    /** Returns how many chunks were compared. */
    private static int compareChunks(String sample) {
        char[] text = sample.toCharArray();
        int compared = 0;
        for (int start = 0; start < text.length; ) {
            int end = SpaceCuts.chunkEnd(text, start, text.length);
            List<String> ours = ourPieces(text, start, end);
            if (ours != null) {
                assertThat(ours).as("chunk [%s] of [%s]", new String(text, start, end - start), sample)
                        .isEqualTo(regexPieces(new String(text, start, end - start)));
                compared++;
            }
            start = end;
        }
        return compared;
    }

    @Test
    void pieceEnd_adversarialText_matchesThePattern() {
        int compared = 0;
        for (String sample : ExactCountingTest.ADVERSARIAL) {
            compared += compareChunks(sample);
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void pieceEnd_randomText_matchesThePattern() {
        String pool = "''''stmdrvlelSTMDRVLELxaé\u00c9\u4e2d\u6587\u0436\u0416.,;:!?\"()«»-–/_ 123٣\n\r";
        Random random = new Random(42);
        int compared = 0;
        for (int t = 0; t < 30_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            compared += compareChunks(text.toString());
        }
        assertThat(compared).isGreaterThan(30_000);
    }
}
