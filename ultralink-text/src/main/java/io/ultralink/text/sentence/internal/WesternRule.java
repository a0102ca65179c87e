package io.ultralink.text.sentence.internal;

/**
 * The rule for Western terminators {@code . ! ? …}: what follows a run of them (closers, spaced guillemets, then a
 * line break or whitespace and a word not in lower case), the dash after {@code ? ! …}, and abbreviations and
 * initials before a single period.
 */
final class WesternRule {

    /** {@link #tail} result: no sentence ends after this run, whatever its terminators. */
    static final int NO_END = Integer.MIN_VALUE;

    private final WordSet abbreviations;
    private final WordSet closing;

    WesternRule(SentenceRules rules) {
        this.abbreviations = new WordSet(rules.abbreviations());
        this.closing = new WordSet(rules.closing());
    }

    /**
     * Examines the text after a run of terminators ending at {@code runEnd}: {@link #NO_END}; the sentence end
     * (non-negative) when a line break follows, whatever the terminators; or the complement of the end when
     * whitespace and a word not in lower case follow, subject to the dash and abbreviation rules.
     */
    int tail(char[] text, int runEnd) {
        int n = text.length;
        int j = runEnd;
        while (j < n && isCloser(text[j])) {
            j++;
        }
        j = spacedCloserEnd(text, j);
        if (j >= n) {
            return NO_END;
        }
        char next = text[j];
        if (RuleBasedSentenceSplitter.isLineBreak(next)) {
            return RuleBasedSentenceSplitter.skipLineBreaks(text, j);
        }
        if (!Character.isWhitespace(next)) {
            return NO_END;
        }
        int k = wordAfter(text, j);
        if (k >= n || RuleBasedSentenceSplitter.isLineBreak(text[k]) || Character.isLowerCase(text[k])) {
            return NO_END;
        }
        return ~j;
    }

    /** Whether a dash starts the word after the whitespace at {@code j} (speech attribution after ? ! …). */
    boolean dashFollows(char[] text, int j) {
        char c = text[wordAfter(text, j)];
        return c == '—' || c == '–';
    }

    private static int wordAfter(char[] text, int j) {
        int k = j;
        while (k < text.length && Character.isWhitespace(text[k])
                && !RuleBasedSentenceSplitter.isLineBreak(text[k])) {
            k++;
        }
        return k;
    }

    /**
     * Past French-style closing quotes set off by spaces ({@code « Fin. »}) that follow {@code j} and are followed
     * by whitespace (so that a German opening {@code »} is not taken), else {@code j}.
     */
    private static int spacedCloserEnd(char[] text, int j) {
        int k = j;
        while (k < text.length && (text[k] == ' ' || text[k] == '\u00a0'
                || text[k] == '\u202f')) {
            k++;
        }
        if (k == j || k >= text.length || text[k] != '»' && text[k] != '”') {
            return j;
        }
        while (k < text.length && isCloser(text[k])) {
            k++;
        }
        return k == text.length || Character.isWhitespace(text[k]) ? k : j;
    }

    /** Whether the single period at {@code period} closes an abbreviation or initial (and not a list). */
    boolean isAbbreviation(char[] text, int period) {
        int start = wordStart(text, period);
        if (start == period || isClosing(text, start, period)) {
            return false;
        }
        if (period - start == 1 && Character.isUpperCase(text[start])) {
            return true;
        }
        return abbreviations.containsLowerCase(text, start, period);
    }

    /** Whether the word, alone or with the word before it ({@code т. д}, {@code и др}), closes a list. */
    private boolean isClosing(char[] text, int start, int period) {
        if (closing.containsLowerCase(text, start, period)) {
            return true;
        }
        return start >= 2 && text[start - 1] == ' '
                && closing.containsLowerCase(text, wordStart(text, start - 1), period);
    }

    /** The start of the abbreviation-like word (letters, periods, hyphens; not ideographs) ending at {@code end}. */
    private static int wordStart(char[] text, int end) {
        int start = end;
        while (start > 0) {
            char p = text[start - 1];
            if (Character.isLetter(p) && !Character.isIdeographic(p) || p == '.' || p == '-' || p == '°') {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isCloser(char c) {
        return switch (c) {
            case ')', ']', '}', '"', '\'', '»', '”', '’', '」', '』', '）', '】', '》', '〉', '〕' -> true;
            default -> false;
        };
    }
}
