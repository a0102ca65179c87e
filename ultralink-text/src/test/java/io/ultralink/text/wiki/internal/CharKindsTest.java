package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharKindsTest {

    @Test
    void isWhitespace_everyChar_sameAsCharacterIsWhitespace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(CharKinds.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void of_spacesPunctuationAndBrackets_flagged_otherCharsZero() {
        assertThat(CharKinds.of(' ')).isEqualTo(CharKinds.SPACE);
        assertThat(CharKinds.of('\u200B')).isEqualTo(CharKinds.SPACE);
        assertThat(CharKinds.of('\u3000')).isZero();
        assertThat(CharKinds.of(',')).isEqualTo(CharKinds.PUNCTUATION | CharKinds.FILLER);
        assertThat(CharKinds.of('。')).isEqualTo(CharKinds.PUNCTUATION);
        assertThat(CharKinds.of('、')).isEqualTo(CharKinds.FILLER);
        assertThat(CharKinds.of('（')).isEqualTo(CharKinds.FULL_WIDTH_OPEN);
        assertThat(CharKinds.of('）')).isZero();
        assertThat(CharKinds.of('a')).isZero();
        assertThat(CharKinds.of('字')).isZero();
    }

    @Test
    void skipWhitespace_bothDirections_stopAtText() {
        char[] a = " \t x y \u3000".toCharArray();
        assertThat(CharKinds.skipWhitespace(a, 0, a.length)).isEqualTo(3);
        assertThat(CharKinds.skipWhitespaceBackward(a, 0, a.length)).isEqualTo(6);
        assertThat(CharKinds.skipWhitespace(a, 0, 2)).isEqualTo(2);
    }
}
