package io.ultralink.text.langid;

/** Takes a bounded, representative sample of a text: up to three windows, cut at spaces where possible. */
final class TextSample {

    private static final int WINDOWS = 3;

    private TextSample() {
    }

    static String of(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int window = maxChars / WINDOWS;
        StringBuilder sb = new StringBuilder(maxChars + WINDOWS);
        for (int w = 0; w < WINDOWS; w++) {
            int start = (int) ((long) (text.length() - window) * w / (WINDOWS - 1));
            int end = start + window;
            start = adjust(text, start, end);
            end = Math.max(start, back(text, start, end));
            sb.append(text, start, end).append('\n');
        }
        return sb.toString();
    }

    private static int adjust(String text, int start, int end) {
        if (start == 0) {
            return 0;
        }
        int limit = Math.min(end, start + 40);
        for (int i = start; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int back(String text, int start, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        int limit = Math.max(start, end - 40);
        for (int i = end; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
