package io.ultralink.text.langid;

import java.util.ArrayList;
import java.util.List;

/** Cuts a bounded, representative sample of a text into windows, cut at spaces where possible. */
final class TextSample {

    /** How far a window edge moves to reach a space. */
    private static final int SLACK = 40;

    private TextSample() {
    }

    /**
     * Up to {@code count} windows of about {@code size} characters: spread evenly from the start to the end of a
     * text longer than {@code count * size}, otherwise consecutive windows of at least {@code size} characters
     * that cover the whole text (a single window, the text itself, when it is shorter than two).
     */
    static List<String> windows(String text, int count, int size) {
        int n = text.length();
        List<String> windows = new ArrayList<>(count);
        if ((long) count * size < n) {
            for (int w = 0; w < count; w++) {
                int start = count == 1 ? 0 : (int) ((long) (n - size) * w / (count - 1));
                int end = start + size;
                start = forward(text, start, end);
                windows.add(text.substring(start, Math.max(start, back(text, start, end))));
            }
            return windows;
        }
        int parts = Math.max(1, Math.min(count, n / size));
        int start = 0;
        for (int w = 1; w <= parts; w++) {
            int end = w == parts ? n : Math.max(start, back(text, start, (int) ((long) n * w / parts)));
            windows.add(text.substring(start, end));
            start = end;
        }
        return windows;
    }

    /** The first character after a space within reach of {@code start} (or {@code start} itself). */
    private static int forward(String text, int start, int end) {
        if (start == 0) {
            return 0;
        }
        int limit = Math.min(end, start + SLACK);
        for (int i = start; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    /** A space within reach before {@code end} (or {@code end} itself), where a window may stop. */
    private static int back(String text, int start, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        int limit = Math.max(start, end - SLACK);
        for (int i = end; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
