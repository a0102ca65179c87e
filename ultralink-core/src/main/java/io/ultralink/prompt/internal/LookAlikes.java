package io.ultralink.prompt.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings text to the form a reader (or a model) would see: HTML/XML entities decoded (named ones
 * that matter for markup, and every numeric one), NFKC applied (fullwidth and small forms become
 * ASCII) and format characters (Unicode category Cf: zero-width spaces and joiners, direction marks,
 * soft hyphens) removed, repeated until nothing changes. Not API.
 */
public final class LookAlikes {

    private static final int MAX_PASSES = 8;
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?");
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("sol", "/"),
            Map.entry("bsol", "\\"), Map.entry("nbsp", " "),
            Map.entry("equals", "="), Map.entry("colon", ":"));

    private LookAlikes() {
    }

    /** @return {@code text} decoded, NFKC-normalised and without format characters, until stable */
    public static String normalise(String text) {
        String current = text;
        for (int i = 0; i < MAX_PASSES; i++) {
            String next = FORMAT.matcher(Normalizer.normalize(decodeEntities(current), Normalizer.Form.NFKC)).replaceAll("");
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(decode(r.group(1), r.group())));
    }

    private static String decode(String body, String whole) {
        if (body.charAt(0) == '#') {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
        }
        String named = NAMED.get(body.toLowerCase(java.util.Locale.ROOT));
        return named != null ? named : whole;
    }
}
