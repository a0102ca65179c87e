package io.ultralink.text.wiki.internal;

import io.ultralink.format.Mappers;
import io.ultralink.model.Document;
import io.ultralink.model.LanguageCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Converts wikiextractor records to documents. */
public final class ExtractorRecords {

    private static final JsonMapper MAPPER = Mappers.JSON;
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private ExtractorRecords() {
    }

    /** Converts one {@code --json} line. */
    public static Document fromJson(String line, LanguageCode language) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return document(text(node, "id"), node.has("revid") ? text(node, "revid") : "0", text(node, "url"),
                text(node, "title"), text(node, "text"), language);
    }

    /** Converts one {@code <doc>} record: its header line and its body (whose first line is the title). */
    public static Document fromDoc(String header, String body, LanguageCode language) {
        String id = null;
        String url = "";
        String title = null;
        String revid = "0";
        Matcher m = ATTRIBUTE.matcher(header);
        while (m.find()) {
            switch (m.group(1)) {
                case "id" -> id = m.group(2);
                case "url" -> url = m.group(2);
                case "title" -> title = m.group(2);
                case "revid" -> revid = m.group(2);
                default -> {
                }
            }
        }
        if (!header.stripLeading().startsWith("<doc") || id == null || title == null) {
            throw new IllegalArgumentException("expected <doc id=\"…\" url=\"…\" title=\"…\">, got '" + header + "'");
        }
        String text = body;
        String firstLine = text.indexOf('\n') >= 0 ? text.substring(0, text.indexOf('\n')) : text;
        if (firstLine.strip().equals(unescape(title).strip())) {
            text = text.substring(Math.min(text.length(), firstLine.length() + 1));
        }
        return document(id, revid, url, title, text.strip(), language);
    }

    private static Document document(String id, String revid, String url, String title, String text,
            LanguageCode language) {
        long pageId;
        long revisionId;
        try {
            pageId = Long.parseLong(id.strip());
            revisionId = revid.isBlank() ? 0 : Long.parseLong(revid.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id and revid must be numbers, were '" + id + "', '" + revid + "'", e);
        }
        String t = unescape(title);
        return new Document(pageId, revisionId, t.isBlank() ? "#" + pageId : t, url, language, text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v.isString() ? v.stringValue() : v.toString();
    }

    /** Undoes the HTML escaping wikiextractor applies to titles. */
    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
