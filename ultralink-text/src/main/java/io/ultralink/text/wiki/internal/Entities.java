package io.ultralink.text.wiki.internal;

import java.util.Map;

/** Decodes the HTML character references found in wikitext. */
final class Entities {

    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("minus", "−"), Map.entry("hellip", "…"),
            Map.entry("thinsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("times", "×"),
            Map.entry("middot", "·"), Map.entry("deg", "°"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("lrm", ""),
            Map.entry("rlm", ""), Map.entry("prime", "′"), Map.entry("Prime", "″"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("copy", "©"), Map.entry("frac12", "½"), Map.entry("plusmn", "±"));

    private Entities() {
    }

    /**
     * Appends the character the reference at {@code i} (an {@code &}) of {@code a} stands for and returns the
     * index after it, or returns -1 if there is no known reference there.
     */
    static int decode(char[] a, int i, int end, TextBuffer out) {
        int semi = -1;
        int limit = Math.min(end, i + 12);
        for (int k = i + 1; k < limit; k++) {
            char c = a[k];
            if (c == ';') {
                semi = k;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        if (semi < 0) {
            return -1;
        }
        String name = new String(a, i + 1, semi - i - 1);
        if (name.startsWith("#")) {
            return numeric(name, semi, out);
        }
        String value = NAMED.get(name);
        if (value == null) {
            return -1;
        }
        out.append(value);
        return semi + 1;
    }

    private static int numeric(String name, int semi, TextBuffer out) {
        try {
            int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            if (!Character.isValidCodePoint(cp)) {
                return -1;
            }
            out.appendCodePoint(cp == 0xA0 ? ' ' : cp);
            return semi + 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
