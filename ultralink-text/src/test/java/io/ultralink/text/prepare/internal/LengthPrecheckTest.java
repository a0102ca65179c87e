package io.ultralink.text.prepare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.text.tokens.JtokkitTokenCounter;
import io.ultralink.text.tokens.PretokenizerPatterns;
import io.ultralink.tokens.TokenCounter;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LengthPrecheckTest {

    private static final Pattern CL100K = PretokenizerPatterns.CL100K;
    private static final Pattern O200K = PretokenizerPatterns.O200K;
    /** Letters, marks, apostrophes, digits of every kind, punctuation, slashes, every sort of space, surrogates. */
    private static final String POOL = "''stdaAé\u0301\u0903\u093f\u0915\u4e2d\u0436.,;:!?\"()-/_ 1239\u00b2\u2160"
            + "\u00a0\u3000\u001c\u0085\t\n\r\ud83d\ude00\ud840\udc00";

    /** The bound itself: the least maximum the text is not rejected at. */
    private static int bound(String text) {
        int max = 0;
        while (LengthPrecheck.surelyTooLong(text, max)) {
            max++;
        }
        return max;
    }

    private static int pieces(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = 1 + random.nextInt(25);
        for (int i = 0; i < length; i++) {
            int j = random.nextInt(POOL.length());
            char c = POOL.charAt(j);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(POOL.charAt(j + 1));
            } else if (Character.isLowSurrogate(c)) {
                sb.append(POOL.charAt(j - 1)).append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void bound_countsLetterRunsDigitTriplesPunctuationAndLineBreaks() {
        assertThat(bound("abc123def, ghi.")).isEqualTo(6);
        assertThat(bound("1234567 and 89")).isEqualTo(5);
        assertThat(bound("a.b a..b")).isEqualTo(5);
        assertThat(bound("Heading\nText here")).isEqualTo(4);
        assertThat(bound("End.\nNext")).isEqualTo(3);
        assertThat(bound("x.\n/ y")).isEqualTo(3);
        assertThat(bound("  ... !!! ")).isEqualTo(2);
    }

    @Test
    void bound_joinsAcrossApostrophesAndMarks_whichO200kKeepsInOnePiece() {
        assertThat(bound("don't")).isEqualTo(1);
        assertThat(bound("\u0915\u093f\u0924\u093e\u092c")).isEqualTo(1);
        assertThat(bound("Бе\u0301рлин")).isEqualTo(1);
    }

    @Test
    void bound_neverExceedsEitherPatternsPieces_onRandomText() {
        Random random = new Random(7);
        for (int t = 0; t < 100_000; t++) {
            String text = randomText(random);
            int b = bound(text);
            assertThat(b).as("[%s]", text).isLessThanOrEqualTo(pieces(CL100K, text))
                    .isLessThanOrEqualTo(pieces(O200K, text));
        }
    }

    @Test
    void bound_neverExceedsTheTokenCount_ofEitherEncoding() {
        JtokkitTokenCounter cl100k = JtokkitTokenCounter.cl100k();
        JtokkitTokenCounter o200k = JtokkitTokenCounter.o200k();
        Random random = new Random(8);
        long bounds = 0;
        long tokens = 0;
        for (int t = 0; t < 10_000; t++) {
            String text = randomText(random);
            int b = bound(text);
            int count = Math.min(cl100k.countTokens(text), o200k.countTokens(text));
            assertThat(b).as("[%s]", text).isLessThanOrEqualTo(count);
            bounds += b;
            tokens += count;
        }
        assertThat(bounds).as("the bound is not trivially small").isGreaterThan(tokens / 3);
    }

    @Test
    void surelyTooLong_o200kContractionsAndIndicVowelSigns_areNotRejected() {
        JtokkitTokenCounter o200k = JtokkitTokenCounter.o200k();
        for (String text : new String[] {"don't ".repeat(6_000), "\u0915\u093f\u0924\u093e\u092c ".repeat(4_000)}) {
            int tokens = o200k.countTokens(text);
            assertThat(tokens).isLessThan(10_000);
            assertThat(LengthPrecheck.surelyTooLong(text, 10_000)).isFalse();
            assertThat(LengthPrecheck.surelyTooLong(text, tokens)).isFalse();
        }
    }

    @Test
    void surelyTooLong_runsAcrossTheCopyBlockBoundary_countOnce() {
        String longRun = "a".repeat(5_000) + " 1";
        assertThat(LengthPrecheck.surelyTooLong(longRun, 2)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong(longRun, 1)).isTrue();
        String manyRuns = "a1".repeat(3_000);
        assertThat(LengthPrecheck.surelyTooLong(manyRuns, 6_000)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong(manyRuns, 5_999)).isTrue();
        String digits = "7".repeat(9_000);
        assertThat(LengthPrecheck.surelyTooLong(digits, 3_000)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong(digits, 2_999)).isTrue();
    }

    @Test
    void appliesTo_onlyTheTwoEncodingsWhosePatternItFollows() {
        TokenCounter custom = new TokenCounter() {
            @Override
            public int countTokens(String text) {
                return text.split("\\s+").length;
            }

            @Override
            public String encodingName() {
                return "cl100k_base";
            }
        };
        assertThat(LengthPrecheck.appliesTo(JtokkitTokenCounter.cl100k())).isTrue();
        assertThat(LengthPrecheck.appliesTo(JtokkitTokenCounter.o200k())).isTrue();
        assertThat(LengthPrecheck.appliesTo(JtokkitTokenCounter.of("r50k_base"))).isFalse();
        assertThat(LengthPrecheck.appliesTo(custom)).isFalse();
    }
}
