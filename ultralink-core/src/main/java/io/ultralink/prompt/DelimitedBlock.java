package io.ultralink.prompt;

import io.ultralink.prompt.internal.LookAlikes;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of untrusted text between an opening and a closing tag ({@code <document>} ...
 * {@code </document>}) that the text cannot close early or reopen. Every stretch of the text that
 * would read as one of the block's tags is neutralised: opening and closing tags in any case, with
 * attributes or spaces ({@code </document x>}, {@code < / document >}), written with entities
 * ({@code &lt;/document&gt;}, {@code &#60;}, {@code &amp;lt;}), with fullwidth or small forms
 * ({@code ＜／document＞}) or with zero-width characters inside. A stretch is judged after
 * normalising it (entities decoded, NFKC, format characters removed, until stable); only the tags are
 * rewritten (to {@code ‹document›}, {@code ‹/document›}), the rest of the text is kept byte for
 * byte. So a rendered block holds exactly one opening and one closing tag. Immutable.
 */
public final class DelimitedBlock {

    private static final int MAX_TAG = 200;
    private static final Pattern TAG_START = Pattern.compile("^<\\s*([/\\\\]?)\\s*");

    private final String name;
    private final Pattern tag;

    private DelimitedBlock(String name) {
        this.name = name;
        this.tag = Pattern.compile("^<\\s*[/\\\\]?\\s*" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param name the tag name, letters, digits, {@code -} and {@code _} ({@code document}, {@code conversation})
     * @return the block
     */
    public static DelimitedBlock named(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a block name is letters, digits, '-' and '_', was '" + name + "'");
        }
        return new DelimitedBlock(name.toLowerCase(Locale.ROOT));
    }

    /** @return the opening tag, {@code <name>} */
    public String open() {
        return "<" + name + ">";
    }

    /** @return the closing tag, {@code </name>} */
    public String close() {
        return "</" + name + ">";
    }

    /** @return {@code open \n neutralised text \n close} */
    public String wrap(String text) {
        return open() + "\n" + neutralise(text) + "\n" + close();
    }

    /**
     * @param text untrusted text
     * @return the text with every stretch that reads as this block's tag rewritten harmlessly
     */
    public String neutralise(String text) {
        Objects.requireNonNull(text, "text");
        String current = text;
        for (int pass = 0; pass < 8; pass++) {
            String next = onePass(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private String onePass(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!mayOpen(text.charAt(i))) {
                continue;
            }
            int end = tagEnd(text, i);
            if (end < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(marker(text.substring(i, end)));
            copied = end;
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The end (exclusive) of the tag starting at {@code start}, or -1 when none starts there. */
    private int tagEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_TAG);
        String window = LookAlikes.normalise(text.substring(start, limit));
        if (!tag.matcher(window).find()) {
            return -1;
        }
        int nameEnd = -1;
        for (int e = start + 1; e <= limit; e++) {
            if (tag.matcher(LookAlikes.normalise(text.substring(start, e))).find()) {
                nameEnd = e;
                break;
            }
        }
        if (nameEnd < 0) {
            return -1;
        }
        for (int e = nameEnd; e < limit; e++) {
            char c = text.charAt(e);
            if (mayOpen(c) && c != '&') {
                return nameEnd;
            }
            String tail = LookAlikes.normalise(text.substring(nameEnd, e + 1));
            if (tail.endsWith(">")) {
                return e + 1;
            }
            if (c == '\n') {
                return nameEnd;
            }
        }
        return nameEnd;
    }

    private String marker(String original) {
        Matcher m = TAG_START.matcher(LookAlikes.normalise(original));
        boolean closing = m.find() && !m.group(1).isEmpty();
        return "‹" + (closing ? "/" : "") + name + "›";
    }

    private static boolean mayOpen(char c) {
        return c == '<' || c == '&' || c == '\uFF1C' || c == '\uFE64';
    }

    @Override
    public String toString() {
        return "DelimitedBlock[" + name + "]";
    }
}
