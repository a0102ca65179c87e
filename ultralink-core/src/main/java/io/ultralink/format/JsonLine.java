package io.ultralink.format;

import tools.jackson.databind.JsonNode;

/**
 * One parsed line of a JSONL file.
 *
 * @param lineNumber 1-based line number in the file
 * @param node the parsed JSON value
 */
public record JsonLine(long lineNumber, JsonNode node) {
}
