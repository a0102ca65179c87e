package io.ultralink.text.sentence.internal;

import io.ultralink.text.sentence.SentenceSplitter;
import java.util.Arrays;
import java.util.Objects;

/**
 * A single-pass, rule-based {@link SentenceSplitter}. A sentence ends after a run of line breaks; after a CJK
 * terminator (with closing quotes and brackets); or after {@code . ! ? …} followed by whitespace (closing quotes
 * and spaced French guillemets belong to the sentence), unless the period closes a known abbreviation or an
 * initial, the next word starts in lower case, or a dash follows {@code ? ! …} (speech attribution:
 * {@code «…?» — писал он}). List-closing abbreviations ({@code etc.}, {@code т. д.}) end a sentence before a
 * capital.
 *
 * <p>The scan works on a copy of the text in a char array (one representation for Latin-1 and UTF-16 strings),
 * looks for candidate characters in a tight loop and decides each run of Western terminators once,
 * so that the cost is linear in the text and the hot code stays small.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

    /** Bits of the ASCII candidates below 64: line feed, carriage return, {@code ! . ?}. */
    private static final long ASCII_CANDIDATES = 1L << '\n' | 1L << '\r' | 1L << '!' | 1L << '.' | 1L << '?';

    private final boolean cjk;
    private final WesternRule western;

    /** Creates a splitter with these rules. */
    public RuleBasedSentenceSplitter(SentenceRules rules) {
        Objects.requireNonNull(rules, "rules");
        this.cjk = rules.cjk();
        this.western = new WesternRule(rules);
    }

    @Override
    public int[] sentenceEnds(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        int[] ends = new int[Math.max(4, n / 64)];
        int count = 0;
        int i = nextCandidate(chars, 0, n);
        while (i < n) {
            int end = endAt(chars, i);
            if (end < 0) {
                i = nextCandidate(chars, ~end, n);
                continue;
            }
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
            i = nextCandidate(chars, end, n);
        }
        if (n > 0 && (count == 0 || ends[count - 1] < n)) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count + 1);
            }
            ends[count++] = n;
        }
        return Arrays.copyOf(ends, count);
    }

    /** The first index from {@code i} of a line break or terminator, or {@code n}. */
    private int nextCandidate(char[] text, int i, int n) {
        for (; i < n; i++) {
            char c = text[i];
            if (c < 64 ? (ASCII_CANDIDATES >>> c & 1L) != 0 : c >= '…' && (c == '…' || cjk && mayBeCjkTerminator(c))) {
                return i;
            }
        }
        return n;
    }

    /** Where the sentence ends for the candidate at {@code i}, or the complement of where to search on. */
    private int endAt(char[] text, int i) {
        char c = text[i];
        if (c == '\n' || c == '\r') {
            return skipLineBreaks(text, i);
        }
        if (cjk && isCjkTerminator(c)) {
            return cjkEnd(text, i);
        }
        return westernRun(text, i);
    }

    /**
     * Decides the run of Western terminators starting at {@code start}: the tail after the run is the same for
     * each of its positions, which differ only in the dash and abbreviation rules (and, with CJK rules, an
     * ellipsis inside the run ends a sentence by itself).
     */
    private int westernRun(char[] text, int start) {
        int runEnd = start + 1;
        while (runEnd < text.length && WesternRule.isTerminator(text[runEnd])) {
            runEnd++;
        }
        int tail = western.tail(text, runEnd);
        for (int p = start; p < runEnd; p++) {
            char c = text[p];
            if (p > start && cjk && c == '…') {
                return cjkEnd(text, p);
            }
            if (tail == WesternRule.NO_END) {
                continue;
            }
            if (tail >= 0) {
                return tail;
            }
            if (c != '.' && western.dashFollows(text, ~tail)) {
                continue;
            }
            if (c == '.' && p == runEnd - 1 && western.isAbbreviation(text, p)) {
                continue;
            }
            return ~tail;
        }
        return ~runEnd;
    }

    private static int cjkEnd(char[] text, int i) {
        int j = i + 1;
        while (j < text.length && (isCjkTerminator(text[j]) || WesternRule.isCloser(text[j]))) {
            j++;
        }
        return skipLineBreaks(text, j);
    }

    static int skipLineBreaks(char[] text, int from) {
        int j = from;
        while (j < text.length && isLineBreak(text[j])) {
            j++;
        }
        return j;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** {@link #isCjkTerminator} with a range test first: CJK text is mostly ideographs below U+FF01. */
    private static boolean mayBeCjkTerminator(char c) {
        return c == '。' || c >= '！' && isCjkTerminator(c);
    }

    private static boolean isCjkTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…' || c == '｡' || c == '．';
    }
}
