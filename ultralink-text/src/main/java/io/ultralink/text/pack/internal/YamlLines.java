package io.ultralink.text.pack.internal;

import io.ultralink.format.Mappers;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The line of every field and list item of a YAML text, by dotted path ({@code a.b}, {@code c[2]}). Not API. */
public final class YamlLines {

    private static final YAMLMapper YAML = Mappers.YAML;

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    /** Reads the lines of {@code yaml}; throws Jackson's exception, with its location, on malformed YAML. */
    public static YamlLines of(String yaml) {
        YamlLines out = new YamlLines();
        try (JsonParser p = YAML.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                TokenStreamContext ctx = p.streamReadContext();
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.PROPERTY_NAME) {
                    out.lines.putIfAbsent(path(ctx), line);
                } else if (ctx.inArray() && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT) {
                    out.lines.putIfAbsent(path(ctx), line);
                }
            }
        }
        return out;
    }

    /** The line of {@code field}, or of its nearest parent that has one, or 0. */
    public int line(String field) {
        String f = field;
        while (!f.isEmpty()) {
            Integer line = lines.get(f);
            if (line != null) {
                return line;
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut < 0 ? "" : f.substring(0, cut);
        }
        return 0;
    }

    private static String path(TokenStreamContext ctx) {
        StringBuilder sb = new StringBuilder();
        build(ctx, sb);
        return sb.toString();
    }

    private static void build(TokenStreamContext ctx, StringBuilder sb) {
        if (ctx == null || ctx.inRoot()) {
            return;
        }
        build(ctx.getParent(), sb);
        if (ctx.inArray()) {
            sb.append('[').append(Math.max(0, ctx.getCurrentIndex())).append(']');
        } else if (ctx.currentName() != null) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(ctx.currentName());
        }
    }
}
