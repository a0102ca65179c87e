package io.ultralink.text.wiki.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBufferTest {

    @Test
    void append_pastCapacity_grows_andKeepsEverything() {
        TextBuffer buffer = new TextBuffer(0);
        char[] source = "0123456789".toCharArray();
        for (int i = 0; i < 10; i++) {
            buffer.append(source, 0, 10);
            buffer.append('|');
            buffer.append("ab");
            buffer.appendCodePoint(0x1F600);
        }
        assertThat(buffer.length()).isEqualTo(10 * 15);
        assertThat(buffer.toString()).isEqualTo("0123456789|ab\uD83D\uDE00".repeat(10));
    }

    @Test
    void append_emptyOrReversedRange_appendsNothing() {
        TextBuffer buffer = new TextBuffer(4);
        buffer.append("x".toCharArray(), 1, 1);
        buffer.append("xy".toCharArray(), 2, 1);
        assertThat(buffer.toString()).isEmpty();
    }
}
