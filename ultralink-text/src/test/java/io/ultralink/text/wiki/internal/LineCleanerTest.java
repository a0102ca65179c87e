package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCleanerTest {

    @Test
    void clean_onlyTheGivenLengthOfTheArray_isRead() {
        char[] text = "first\n\nsecond\nnot this".toCharArray();
        assertThat(LineCleaner.clean(text, 13)).isEqualTo("first\nsecond");
    }

    @Test
    void clean_emptyBracketsThenSpaceBeforePunctuation_bothApplied() {
        assertThat(LineCleaner.clean("Berlin () , a city ( ; ) .")).isEqualTo("Berlin, a city.");
        assertThat(LineCleaner.clean("（注）x（ ）, y")).isEqualTo("（注）x, y");
    }

    @Test
    void clean_headingTakenBack_onlyBySameOrHigherLevel() {
        assertThat(LineCleaner.clean("== A ==\n=== A1 ===\n== B ==\ntext")).isEqualTo("B\ntext");
        assertThat(LineCleaner.clean("=== A1 ===\n== B ==\n=== B1 ===\nx\n=== B2 ===")).isEqualTo("B\nB1\nx");
    }

    @Test
    void clean_manyHeadings_stackGrows() {
        StringBuilder text = new StringBuilder();
        for (int level = 2; level < 40; level++) {
            text.append("=".repeat(level)).append(" H").append(level).append(' ').append("=".repeat(level)).append('\n');
        }
        text.append("body");
        assertThat(LineCleaner.clean(text.toString())).startsWith("H2\nH3\n").endsWith("H39\nbody");
    }
}
