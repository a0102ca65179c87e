package io.ultralink.format.internal;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;

/**
 * Fallbacks for lines that do not say their language, type or id. Not API.
 *
 * @param language language to assume, or {@code null}
 * @param type data type to assume, or {@code null}
 * @param fallbackId id to use when the line has none
 */
public record RecordDefaults(LanguageCode language, DataType type, String fallbackId) {
}
