package io.ultralink.format;

import io.ultralink.format.internal.Json;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Segment;
import io.ultralink.model.SourceRef;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The segments file that joins knowledge preparation to dialogue generation: one {@link Segment}
 * per line, with its provenance.
 *
 * <p>A line looks like {@code {"id":"zh-123-456-0","lang":"zh","pageId":123,"revisionId":456,
 * "title":"…","url":"…","index":0,"start":0,"end":2840,"tokens":1204,"text":"…"}}. The {@code id}
 * is written for people and tools; on reading it must agree with the other fields.
 */
public final class SegmentJsonl {

    private SegmentJsonl() {
    }

    /**
     * Renders one segment as a JSON line (without the line terminator).
     *
     * @param segment the segment
     * @return the JSON text
     */
    public static String toLine(Segment segment) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        SourceRef source = segment.source();
        node.put("id", segment.id());
        node.put("lang", source.language().code());
        node.put("pageId", source.pageId());
        node.put("revisionId", source.revisionId());
        node.put("title", source.title());
        node.put("url", source.url());
        node.put("index", segment.index());
        node.put("start", segment.start());
        node.put("end", segment.end());
        node.put("tokens", segment.tokenCount());
        node.put("text", segment.text());
        return Json.MAPPER.writeValueAsString(node);
    }

    /**
     * Parses one line written by {@link #toLine(Segment)}.
     *
     * @param line the parsed line
     * @return the segment
     * @throws IllegalArgumentException when a field is missing, of the wrong type or inconsistent
     */
    public static Segment fromLine(JsonLine line) {
        JsonNode node = line.node();
        if (!node.isObject()) {
            throw new IllegalArgumentException("a segment line must be a JSON object");
        }
        SourceRef source = new SourceRef(LanguageCode.of(Json.requireText(node, "lang")),
                requireLong(node, "pageId"), requireLong(node, "revisionId"),
                Json.requireText(node, "title"), Json.requireText(node, "url"));
        Segment segment = new Segment(source, (int) requireLong(node, "index"), (int) requireLong(node, "start"),
                (int) requireLong(node, "end"), (int) requireLong(node, "tokens"), Json.requireText(node, "text"));
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !segment.id().equals(id.asString())) {
            throw new IllegalArgumentException("id " + id.asString() + " does not match its fields ("
                    + segment.id() + ")");
        }
        return segment;
    }

    /**
     * Opens a streaming reader over a segments file.
     *
     * @param file the file
     * @param policy what to do with a bad line
     * @return the reader; close it
     */
    public static JsonlReader<Segment> open(Path file, BadLinePolicy policy) {
        return JsonlReader.open(file, policy, SegmentJsonl::fromLine);
    }

    private static long requireLong(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("field '" + name + "' must be an integer");
        }
        return value.asLong();
    }
}
