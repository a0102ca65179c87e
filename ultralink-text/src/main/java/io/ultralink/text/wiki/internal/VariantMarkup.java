package io.ultralink.text.wiki.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the content of Chinese variant markup {@code -{…}-} to its Simplified form: {@code -{A}-} gives A;
 * {@code -{zh-hans:A; zh-hant:B}-} gives A (preferring zh-hans, zh-cn, zh-sg, zh-my, zh, then the first);
 * flags {@code H}, {@code T} and {@code -} (rules, titles) give nothing; {@code R} gives the raw text.
 */
final class VariantMarkup {

    private static final Pattern VARIANT = Pattern.compile("(?:^|;)\\s*(zh(?:-[a-z]{2,4})?)\\s*:");
    private static final List<String> PREFERRED = List.of("zh-hans", "zh-cn", "zh-sg", "zh-my", "zh");

    private VariantMarkup() {
    }

    static String resolve(String content) {
        String body = content;
        int bar = content.indexOf('|');
        if (bar >= 0 && bar <= 12 && content.substring(0, bar).matches("[A-Za-z;\\- ]+")) {
            String flags = content.substring(0, bar);
            body = content.substring(bar + 1);
            if (flags.contains("H") || flags.contains("T") || flags.contains("-")) {
                return "";
            }
            if (flags.contains("R")) {
                return body;
            }
        }
        Matcher m = VARIANT.matcher(body);
        Map<String, String> variants = new LinkedHashMap<>();
        String code = null;
        int valueStart = -1;
        while (m.find()) {
            if (code != null) {
                variants.putIfAbsent(code, body.substring(valueStart, m.start()).strip());
            }
            code = m.group(1);
            valueStart = m.end();
        }
        if (code == null) {
            return body;
        }
        variants.putIfAbsent(code, stripTrailingSemicolon(body.substring(valueStart).strip()));
        for (String preferred : PREFERRED) {
            String value = variants.get(preferred);
            if (value != null) {
                return value;
            }
        }
        return variants.values().iterator().next();
    }

    private static String stripTrailingSemicolon(String value) {
        return value.endsWith(";") ? value.substring(0, value.length() - 1).strip() : value;
    }
}
