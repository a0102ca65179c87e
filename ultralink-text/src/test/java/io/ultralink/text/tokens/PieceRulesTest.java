package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pieces that {@code Cl100kPieces.pieceEnd} and {@code O200kPieces.pieceEnd} find in a chunk are the matches
 * of the published {@code cl100k_base} and {@code o200k_base} pre-tokenizer patterns on that chunk (as jtokkit
 * compiles them), wherever they do not leave the chunk to jtokkit. Counts alone can hide a wrong piece boundary,
 * because byte-pair encoding often splits both ways into as many tokens.
 */
class PieceRulesTest {

    private static final Pattern CL100K = PretokenizerPatterns.CL100K;
    private static final Pattern O200K = PretokenizerPatterns.O200K;

    private static final ChunkCounter.Pieces CL100K_RULES = Cl100kPieces::pieceEnd;
    private static final ChunkCounter.Pieces O200K_RULES = O200kPieces::pieceEnd;

    private static List<String> regexPieces(Pattern pattern, String chunk) {
        List<String> pieces = new ArrayList<>();
        Matcher m = pattern.matcher(chunk);
        while (m.find()) {
            pieces.add(m.group());
        }
        return pieces;
    }

    /** Our pieces of the chunk, or null where a piece is left to jtokkit. */
    private static List<String> ourPieces(ChunkCounter.Pieces rules, char[] text, int start, int end) {
        List<String> pieces = new ArrayList<>();
        for (int p = start; p < end; ) {
            int q = rules.pieceEnd(text, p, start, end);
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
        return compareChunks(CL100K_RULES, CL100K, sample);
    }

    /** Returns how many chunks were compared. */
    private static int compareChunks(ChunkCounter.Pieces rules, Pattern pattern, String sample) {
        char[] text = sample.toCharArray();
        int compared = 0;
        for (int start = 0; start < text.length; ) {
            int end = SpaceCuts.chunkEnd(text, start, text.length);
            List<String> ours = ourPieces(rules, text, start, end);
            if (ours != null) {
                assertThat(ours).as("chunk [%s] of [%s]", new String(text, start, end - start), sample)
                        .isEqualTo(regexPieces(pattern, new String(text, start, end - start)));
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

    /** Compares the pieces of 30,000 random strings of up to 30 characters drawn from {@code pool}. */
    private static void compareRandomChunks(ChunkCounter.Pieces rules, Pattern pattern, String pool, long seed) {
        Random random = new Random(seed);
        int compared = 0;
        for (int t = 0; t < 30_000; t++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            compared += compareChunks(rules, pattern, text.toString());
        }
        assertThat(compared).isGreaterThan(30_000);
    }

    @Test
    void pieceEnd_randomText_matchesThePattern() {
        compareRandomChunks(CL100K_RULES, CL100K,
                "''''stmdrvlelSTMDRVLELxaé\u00c9\u4e2d\u6587\u0436\u0416.,;:!?\"()«»-–/_ 123٣\n\r", 42);
    }

    @Test
    void o200kPieceEnd_adversarialText_matchesThePattern() {
        int compared = 0;
        for (String sample : ExactCountingTest.ADVERSARIAL) {
            compared += compareChunks(O200K_RULES, O200K, sample);
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void o200kPieceEnd_randomText_matchesThePattern() {
        compareRandomChunks(O200K_RULES, O200K, "''''stmdrvlelSTMDRVLELxaAbBé\u00c9\u01c5\u02b0\u0301\u0308\u093f"
                + "\u0915\u4e2d\u6587\u0436\u0416.,;:!?\"()«»-–/_ 123٣\n\r", 43);
    }
}
