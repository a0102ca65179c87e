package io.ultralink.text.wiki.internal;

import java.util.Arrays;

/** A growable char array the cleaner's passes write into; no synchronisation, no copies on read. */
final class TextBuffer {

    private char[] chars;
    private int length;

    TextBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    /** The backing array; valid up to {@link #length()}. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    void append(char c) {
        if (length == chars.length) {
            grow(1);
        }
        chars[length++] = c;
    }

    /** Appends {@code from} (inclusive) to {@code to} (exclusive) of {@code source}. */
    void append(char[] source, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (length + n > chars.length) {
            grow(n);
        }
        System.arraycopy(source, from, chars, length, n);
        length += n;
    }

    void append(String s) {
        int n = s.length();
        if (length + n > chars.length) {
            grow(n);
        }
        s.getChars(0, n, chars, length);
        length += n;
    }

    void appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint);
        } else {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        }
    }

    private void grow(int needed) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + needed));
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
