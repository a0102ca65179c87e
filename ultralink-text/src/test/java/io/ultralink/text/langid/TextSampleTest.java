package io.ultralink.text.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextSampleTest {

    private static final String WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu ";

    @Test
    void windows_longText_spreadFromStartToEndAtSpaces() {
        String text = IntStream.range(0, 3_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        List<String> windows = TextSample.windows(text, 3, 150);

        assertThat(windows).hasSize(3);
        assertThat(text).startsWith(windows.get(0));
        assertThat(text).endsWith(windows.get(2));
        int middle = text.indexOf(windows.get(1));
        assertThat(middle + windows.get(1).length() / 2).isBetween(text.length() / 2 - 40, text.length() / 2 + 40);
        for (String w : windows) {
            assertThat(w.length()).isBetween(110, 150);
            assertThat(w).startsWith("w").doesNotEndWith(" ");
            int at = text.indexOf(w);
            assertThat(at == 0 || text.charAt(at - 1) == ' ').isTrue();
            assertThat(at + w.length() == text.length() || text.charAt(at + w.length()) == ' ').isTrue();
        }
    }

    @Test
    void windows_textShorterThanTheSample_coverItWhole() {
        String text = WORDS.repeat(12);
        List<String> windows = TextSample.windows(text, 6, 333);

        assertThat(windows).hasSize(text.length() / 333);
        assertThat(String.join("", windows)).isEqualTo(text);
        assertThat(windows).allSatisfy(w -> assertThat(w.length()).isGreaterThanOrEqualTo(333 - 40));
    }

    @Test
    void windows_textShorterThanTwoWindows_isOneWindow() {
        assertThat(TextSample.windows("short text", 6, 333)).containsExactly("short text");
        assertThat(TextSample.windows("", 3, 150)).containsExactly("");
    }

    @Test
    void windows_surrogatePairs_neverSplit() {
        String text = "\uD83D\uDE00".repeat(2_000);
        for (String w : TextSample.windows(text, 3, 151)) {
            assertThat(Character.isLowSurrogate(w.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(w.charAt(w.length() - 1))).isFalse();
        }
    }
}
