package io.ultralink.text.sentence.internal;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that answers whether a range of a text, lower-cased with {@link Locale#ROOT}, is in
 * it, without building the lower-cased string. Characters that {@code String.toLowerCase} maps with context or to
 * more than one character (dotted capital I, capital sigma, surrogates) take the exact, allocating path.
 */
final class WordSet {

    private final Set<String> words;
    private final String[][] byLength;

    WordSet(Set<String> words) {
        this.words = words;
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
        }
        int[] sizes = new int[max + 1];
        for (String w : words) {
            sizes[w.length()]++;
        }
        String[][] groups = new String[max + 1][];
        for (int length = 0; length <= max; length++) {
            groups[length] = new String[sizes[length]];
            sizes[length] = 0;
        }
        for (String w : words) {
            groups[w.length()][sizes[w.length()]++] = w;
        }
        this.byLength = groups;
    }

    /** Whether {@code text[from, to)} lower-cased (as {@code toLowerCase(Locale.ROOT)}) is in the set. */
    boolean containsLowerCase(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                return words.contains(new String(text, from, to - from).toLowerCase(Locale.ROOT));
            }
        }
        int length = to - from;
        if (length >= byLength.length) {
            return false;
        }
        for (String word : byLength[length]) {
            if (matchesLowerCase(text, from, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesLowerCase(char[] text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text[from + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
