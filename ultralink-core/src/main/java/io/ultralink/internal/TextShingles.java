package io.ultralink.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised text and its character n-grams ("shingles"), for near-duplicate tests: case folded, NFKC,
 * punctuation and symbols dropped, whitespace runs made one space. Works alike on spaced and unspaced
 * scripts. Not API.
 */
public final class TextShingles {

    private TextShingles() {
    }

    /** {@code text} lower-cased (root locale), NFKC-normalised, letters, digits and single spaces only. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip();
    }

    /** The distinct character {@code n}-grams of the normalised text (the whole text when shorter). */
    public static Set<String> of(String text, int n) {
        String s = normalise(text);
        int[] cps = s.codePoints().toArray();
        Set<String> out = new HashSet<>();
        if (cps.length == 0) {
            return out;
        }
        if (cps.length <= n) {
            out.add(s);
            return out;
        }
        for (int i = 0; i + n <= cps.length; i++) {
            out.add(new String(cps, i, n));
        }
        return out;
    }

    /** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = intersection(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    /** The share of {@code part}'s shingles found in {@code whole}, 0 when {@code part} is empty. */
    public static double containment(Set<String> part, Set<String> whole) {
        return part.isEmpty() ? 0 : (double) intersection(part, whole) / part.size();
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
