package io.ultralink.text.sentence.internal;

import io.ultralink.text.sentence.SentenceSplitter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A single-pass, rule-based {@link SentenceSplitter}. A sentence ends after a run of line breaks; after a CJK
 * terminator (with closing quotes and brackets); or after {@code . ! ? …} followed by whitespace (closing quotes
 * and spaced French guillemets belong to the sentence), unless the period closes a known abbreviation or an
 * initial, the next word starts in lower case, or a dash follows {@code ? ! …} (speech attribution:
 * {@code «…?» — писал он}). List-closing abbreviations ({@code etc.}, {@code т. д.}) end a sentence before a
 * capital.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

    private final SentenceRules rules;

    /** Creates a splitter with these rules. */
    public RuleBasedSentenceSplitter(SentenceRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public int[] sentenceEnds(String text) {
        int n = text.length();
        int[] ends = new int[Math.max(4, n / 64)];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (isLineBreak(c)) {
                end = skipLineBreaks(text, i);
            } else if (rules.cjk() && isCjkTerminator(c)) {
                int j = i + 1;
                while (j < n && (isCjkTerminator(text.charAt(j)) || isCloser(text.charAt(j)))) {
                    j++;
                }
                end = skipLineBreaks(text, j);
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                end = westernEnd(text, i);
                if (end < 0) {
                    i++;
                    continue;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
            i = end;
        }
        if (n > 0 && (count == 0 || ends[count - 1] < n)) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count + 1);
            }
            ends[count++] = n;
        }
        return Arrays.copyOf(ends, count);
    }

    /** Returns where the sentence ends if the Western terminator at {@code i} ends one, else -1. */
    private int westernEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isWesternTerminator(text.charAt(j))) {
            j++;
        }
        boolean singlePeriod = text.charAt(i) == '.' && j == i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        j = spacedCloserEnd(text, j);
        if (j >= n) {
            return -1;
        }
        char next = text.charAt(j);
        if (isLineBreak(next)) {
            return skipLineBreaks(text, j);
        }
        if (!Character.isWhitespace(next)) {
            return -1;
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k)) && !isLineBreak(text.charAt(k))) {
            k++;
        }
        if (k >= n || isLineBreak(text.charAt(k)) || Character.isLowerCase(text.charAt(k))) {
            return -1;
        }
        if (text.charAt(i) != '.' && (text.charAt(k) == '—' || text.charAt(k) == '–')) {
            return -1;
        }
        if (singlePeriod && isAbbreviation(text, i)) {
            return -1;
        }
        return j;
    }

    /**
     * Past French-style closing quotes set off by spaces ({@code « Fin. »}) that follow {@code j} and are followed
     * by whitespace (so that a German opening {@code »} is not taken), else {@code j}.
     */
    private static int spacedCloserEnd(String text, int j) {
        int k = j;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0'
                || text.charAt(k) == '\u202f')) {
            k++;
        }
        if (k == j || k >= text.length() || text.charAt(k) != '»' && text.charAt(k) != '”') {
            return j;
        }
        while (k < text.length() && isCloser(text.charAt(k))) {
            k++;
        }
        return k == text.length() || Character.isWhitespace(text.charAt(k)) ? k : j;
    }

    private boolean isAbbreviation(String text, int period) {
        int start = wordStart(text, period);
        if (start == period) {
            return false;
        }
        String word = text.substring(start, period).toLowerCase(Locale.ROOT);
        if (isClosing(text, start, word)) {
            return false;
        }
        if (period - start == 1 && Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        return rules.abbreviations().contains(word);
    }

    /** Whether {@code word}, alone or with the word before it ({@code т. д}, {@code и др}), closes a list. */
    private boolean isClosing(String text, int start, String word) {
        if (rules.closing().contains(word)) {
            return true;
        }
        if (start >= 2 && text.charAt(start - 1) == ' ') {
            int previous = wordStart(text, start - 1);
            return rules.closing().contains(text.substring(previous, start).toLowerCase(Locale.ROOT) + word);
        }
        return false;
    }

    /** The start of the abbreviation-like word (letters, periods, hyphens; not ideographs) ending at {@code end}. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0) {
            char p = text.charAt(start - 1);
            if (Character.isLetter(p) && !Character.isIdeographic(p) || p == '.' || p == '-' || p == '°') {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    private static int skipLineBreaks(String text, int from) {
        int j = from;
        while (j < text.length() && isLineBreak(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isWesternTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCjkTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…' || c == '｡' || c == '．';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case ')', ']', '}', '"', '\'', '»', '”', '’', '」', '』', '）', '】', '》', '〉', '〕' -> true;
            default -> false;
        };
    }
}
