package io.ultralink.text.prepare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.text.tokens.JtokkitTokenCounter;
import org.junit.jupiter.api.Test;

class LengthPrecheckTest {

    @Test
    void countsRunsOfLettersAndOfDigitsSeparately() {
        assertThat(LengthPrecheck.surelyTooLong("abc123def, ghi.", 4)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong("abc123def, ghi. x", 4)).isTrue();
        assertThat(LengthPrecheck.surelyTooLong("  ... !!! ", 0)).isFalse();
    }

    @Test
    void neverRejectsATextWithinTheTokenMaximum() {
        JtokkitTokenCounter counter = JtokkitTokenCounter.cl100k();
        String[] texts = {"The year 2024 saw 1,234,567 visitors; l'été dernier, c'était mieux.",
            "Москва — столица России, 12 506 468 жителей.", "北京是中华人民共和国的首都，人口2189万。",
            "x1y2z3 don't isn't O'Brien's e-mail: a.b@c.de"};
        for (String text : texts) {
            int tokens = counter.countTokens(text);
            assertThat(LengthPrecheck.surelyTooLong(text, tokens)).as(text).isFalse();
        }
    }

    @Test
    void aRunAcrossTheCopyBlockBoundaryCountsOnce() {
        String longRun = "a".repeat(5_000) + " 1";
        assertThat(LengthPrecheck.surelyTooLong(longRun, 2)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong(longRun, 1)).isTrue();
        String manyRuns = "a1".repeat(3_000);
        assertThat(LengthPrecheck.surelyTooLong(manyRuns, 6_000)).isFalse();
        assertThat(LengthPrecheck.surelyTooLong(manyRuns, 5_999)).isTrue();
    }
}
